// Municipalities as choices in a select, in the county's own order: Einheitsgemeinden and
// Verbandsgemeinden alphabetically, each Verbandsgemeinde followed by its members. A
// Verbandsgemeinde often shares its name with its seat (Flechtingen), so it is always named
// with its kind.
import type { Municipality, MunicipalityKind } from '../core/schema';
import type { Option } from './form/fields';

type Named = Pick<Municipality, 'id' | 'name' | 'kind' | 'parentId'>;

/** "Verbandsgemeinde Flechtingen" for a Verbandsgemeinde, the plain name for the others. */
export function municipalityName(m: Pick<Municipality, 'name' | 'kind'>, kindLabel: (kind: MunicipalityKind) => string): string {
  if (m.kind !== 'verbandsgemeinde') return m.name;
  const label = kindLabel(m.kind);
  return m.name.startsWith(label) ? m.name : `${label} ${m.name}`;
}

/** Top-level municipalities by name, each with its members right after it. */
export function inCountyOrder<M extends Named>(municipalities: M[], lang: string): { municipality: M; member: boolean }[] {
  const byName = (a: M, b: M) => a.name.localeCompare(b.name, lang);
  const top = municipalities.filter((m) => m.parentId === null).sort(byName);
  const rows: { municipality: M; member: boolean }[] = [];
  for (const m of top) {
    rows.push({ municipality: m, member: false });
    for (const member of municipalities.filter((c) => c.parentId === m.id).sort(byName)) rows.push({ municipality: member, member: true });
  }
  // Members whose Verbandsgemeinde is missing (a half-finished import) are still choosable.
  const placed = new Set(rows.map((r) => r.municipality.id));
  for (const m of municipalities.filter((c) => !placed.has(c.id)).sort(byName)) rows.push({ municipality: m, member: true });
  return rows;
}

/**
 * Select options, optionally led by a county-wide choice (value ''). Members are indented
 * with non-breaking spaces, which screen readers skip.
 */
export function municipalityOptions(
  municipalities: Named[],
  lang: string,
  kindLabel: (kind: MunicipalityKind) => string,
  countyWide?: string,
): Option[] {
  const options: Option[] = countyWide === undefined ? [] : [{ value: '', label: countyWide }];
  for (const { municipality, member } of inCountyOrder(municipalities, lang)) {
    const name = municipalityName(municipality, kindLabel);
    options.push({ value: municipality.id, label: member ? `\u00a0\u00a0\u00a0${name}` : name });
  }
  return options;
}
