// The offer list's filters, and the URL query that carries them with the search text, so a
// result list can be bookmarked, shared and survives a reload. URL keys are German, as the
// rest of the app's URLs are.
import type { TargetGroup } from '../schema';
import { targetGroups } from '../schema';
import type { OfferFacets } from './documents';

export type OfferFilter = {
  field: string;
  municipality: string;
  targetGroup: TargetGroup | '';
  language: string;
  free: boolean;
  wheelchair: boolean;
  /** ISO weekday 1–7, or null for any day. */
  weekday: number | null;
  /** Archived offers are hidden unless asked for. */
  archived: boolean;
};

export type SearchState = { query: string; filter: OfferFilter };

export const emptyFilter: OfferFilter = {
  field: '',
  municipality: '',
  targetGroup: '',
  language: '',
  free: false,
  wheelchair: false,
  weekday: null,
  archived: false,
};

export const searchParamKeys = {
  query: 'q',
  field: 'handlungsfeld',
  municipality: 'gemeinde',
  targetGroup: 'zielgruppe',
  language: 'sprache',
  free: 'kostenlos',
  wheelchair: 'rollstuhl',
  weekday: 'tag',
  archived: 'archiv',
} as const;

type ParamReader = { get(name: string): string | null };

export function readSearchState(params: ParamReader): SearchState {
  const k = searchParamKeys;
  const group = params.get(k.targetGroup) ?? '';
  const day = Number(params.get(k.weekday));
  return {
    query: params.get(k.query) ?? '',
    filter: {
      field: params.get(k.field) ?? '',
      municipality: params.get(k.municipality) ?? '',
      targetGroup: (targetGroups as readonly string[]).includes(group) ? (group as TargetGroup) : '',
      language: params.get(k.language) ?? '',
      free: params.get(k.free) === '1',
      wheelchair: params.get(k.wheelchair) === '1',
      weekday: Number.isInteger(day) && day >= 1 && day <= 7 ? day : null,
      archived: params.get(k.archived) === '1',
    },
  };
}

/** The query string for a state, without empty entries and in a fixed order. */
export function searchStateQuery(state: SearchState): string {
  const k = searchParamKeys;
  const f = state.filter;
  const entries: [string, string][] = [];
  if (state.query !== '') entries.push([k.query, state.query]);
  if (f.field) entries.push([k.field, f.field]);
  if (f.municipality) entries.push([k.municipality, f.municipality]);
  if (f.targetGroup) entries.push([k.targetGroup, f.targetGroup]);
  if (f.language) entries.push([k.language, f.language]);
  if (f.free) entries.push([k.free, '1']);
  if (f.wheelchair) entries.push([k.wheelchair, '1']);
  if (f.weekday !== null) entries.push([k.weekday, String(f.weekday)]);
  if (f.archived) entries.push([k.archived, '1']);
  return entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

/**
 * Municipalities that count as "in" the chosen one: itself, the Verbandsgemeinde it belongs
 * to and its member municipalities, so an offer listed for a Verbandsgemeinde is found from
 * each member and the other way round.
 */
export function municipalityScope(chosen: string, parents: ReadonlyMap<string, string | null>): Set<string> {
  const scope = new Set([chosen]);
  const parent = parents.get(chosen);
  if (parent) scope.add(parent);
  for (const [id, p] of parents) if (p === chosen) scope.add(id);
  return scope;
}

/** A test for one offer's facets; build it once per filter change, run it per offer. */
export function facetMatcher(filter: OfferFilter, parents: ReadonlyMap<string, string | null>): (facets: OfferFacets) => boolean {
  const scope = filter.municipality ? municipalityScope(filter.municipality, parents) : null;
  const language = filter.language;
  return (o) =>
    (filter.archived || !o.archived) &&
    (!filter.field || o.fieldIds.includes(filter.field)) &&
    (!filter.targetGroup || o.targetGroups.includes(filter.targetGroup)) &&
    (!language || o.languages.some((code) => code === language || code.startsWith(`${language}-`))) &&
    (!filter.free || o.free) &&
    (!filter.wheelchair || o.wheelchair) &&
    (filter.weekday === null || o.weekdays.includes(filter.weekday)) &&
    (scope === null || o.countyWide || o.municipalityIds.some((id) => scope.has(id)));
}

export function hasFilter(filter: OfferFilter): boolean {
  return searchStateQuery({ query: '', filter }) !== '';
}
