// The needs list keeps its filters in the URL, so a filtered list can be bookmarked and the
// municipality page can open the new-need form with its municipality already chosen.
import { paths } from '../../ui/paths';

export const needQuery = { field: 'handlungsfeld', municipality: 'gemeinde', status: 'status' } as const;

/** The value of the municipality filter that stands for county-wide needs. */
export const COUNTY_WIDE = 'kreisweit';

export type NeedFilter = { field: string; municipality: string; status: string };

export function readNeedFilter(params: URLSearchParams): NeedFilter {
  return {
    field: params.get(needQuery.field) ?? '',
    municipality: params.get(needQuery.municipality) ?? '',
    status: params.get(needQuery.status) ?? '',
  };
}

/** The query string for a filter, without empty entries. */
export function needFilterQuery(filter: Partial<NeedFilter>): string {
  const params = new URLSearchParams();
  if (filter.field) params.set(needQuery.field, filter.field);
  if (filter.municipality) params.set(needQuery.municipality, filter.municipality);
  if (filter.status) params.set(needQuery.status, filter.status);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The new-need form, with a municipality and field of action chosen beforehand. */
export function newNeedPath(preset: { municipality?: string; field?: string }): string {
  const municipality = preset.municipality === COUNTY_WIDE ? '' : preset.municipality;
  return `${paths.needNew()}${needFilterQuery({ municipality, field: preset.field })}`;
}

/** A need's title: the start of its description, cut at a word. */
export function needTitle(description: string, max = 80): string {
  const firstLine = description.trim().split('\n')[0] ?? '';
  if (firstLine.length <= max) return firstLine;
  const cut = firstLine.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
