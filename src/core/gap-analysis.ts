// Needs and gap analysis: a matrix of fields of action × places with the open needs, active
// offers and active measures in each cell.
// Columns: every Einheitsgemeinde and Verbandsgemeinde (by name), then one "kreisweit" column.
// A member municipality's needs, offers and measures count in its Verbandsgemeinde's column.
// County-wide records (a need without municipality, an offer or measure without municipalities)
// count only in the "kreisweit" column: they do not fill a local gap, because a county-wide
// offer is usually held in the county town and is not the same as one nearby. An offer or
// measure listing several municipalities counts once in each column it reaches.
// Counted: needs with status "open"; offers neither archived nor deleted; measures "active"
// (a measure's field is the field of its goals).
// Gap: a cell with at least one open need and no offer. Overlap: at least OVERLAP_MIN offers in
// one cell serving the same target group; an offer for "all_migrants" (or naming none) serves
// every group, and the groups checked are those the cell's offers name.
// Figures: a column's population and people with a migration history are its own figures, or
// for a Verbandsgemeinde without own figures the sum of its members' when every member has one;
// a sum with an invented part is marked invented. Offers per 1,000 people with a migration
// history count the distinct active offers in the column, in any field.
import type { FieldOfAction, Figure, Goal, Measure, Municipality, Need, Offer, TargetGroup } from './schema';

export const COUNTY_COLUMN = 'kreisweit';
export const OVERLAP_MIN = 3;

export type SummedFigure = { value: number; invented: boolean; date: string };

export type GapColumn = {
  /** The municipality's id, or COUNTY_COLUMN. */
  id: string;
  municipality: Municipality | null;
  members: Municipality[];
  population: SummedFigure | null;
  migrationBackground: SummedFigure | null;
  offerCount: number;
  offersPer1000: number | null;
};

export type Overlap = { targetGroup: TargetGroup; offerIds: string[] };

export type GapCell = {
  fieldId: string;
  columnId: string;
  needs: Need[];
  offers: Offer[];
  measures: Measure[];
  gap: boolean;
  overlaps: Overlap[];
};

export type GapRow = { field: FieldOfAction; cells: GapCell[] };

export type GapMatrix = { columns: GapColumn[]; rows: GapRow[]; gaps: number; overlaps: number };

export type GapInput = {
  fields: FieldOfAction[];
  goals: Goal[];
  municipalities: Municipality[];
  needs: Need[];
  offers: Offer[];
  measures: Measure[];
};

function sumFigures(figures: (SummedFigure | null)[]): SummedFigure | null {
  if (figures.length === 0 || figures.some((f) => f === null)) return null;
  const present = figures as SummedFigure[];
  return {
    value: present.reduce((sum, f) => sum + f.value, 0),
    invented: present.some((f) => f.invented),
    date: present.map((f) => f.date).sort().at(-1)!,
  };
}

const own = (figure: Figure | null): SummedFigure | null => (figure ? { value: figure.value, invented: figure.invented, date: figure.date } : null);

function overlapsIn(offers: Offer[]): Overlap[] {
  const groupsOf = (o: Offer): TargetGroup[] => (o.targetGroups.length ? o.targetGroups : ['all_migrants']);
  const serves = (o: Offer, group: TargetGroup) => groupsOf(o).includes(group) || groupsOf(o).includes('all_migrants');
  const named = [...new Set(offers.flatMap(groupsOf))];
  return named
    .map((targetGroup) => ({ targetGroup, offerIds: offers.filter((o) => serves(o, targetGroup)).map((o) => o.id) }))
    .filter((o) => o.offerIds.length >= OVERLAP_MIN);
}

export function gapAnalysis(input: GapInput): GapMatrix {
  const places = input.municipalities.filter((m) => !m.deleted);
  const byId = new Map(places.map((m) => [m.id, m]));
  const tops = places.filter((m) => m.kind !== 'mitgliedsgemeinde').sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const columnOf = (municipalityId: string): string => {
    const place = byId.get(municipalityId);
    if (!place) return COUNTY_COLUMN;
    return place.kind === 'mitgliedsgemeinde' && place.parentId && byId.has(place.parentId) ? place.parentId : place.id;
  };
  const columnsOf = (ids: string[]) => (ids.length === 0 ? [COUNTY_COLUMN] : [...new Set(ids.map(columnOf))]);

  const fieldOfGoal = new Map(input.goals.filter((g) => !g.deleted).map((g) => [g.id, g.fieldId]));
  const cells = new Map<string, GapCell>();
  const cell = (fieldId: string, columnId: string): GapCell => {
    const key = `${fieldId}|${columnId}`;
    let found = cells.get(key);
    if (!found) {
      found = { fieldId, columnId, needs: [], offers: [], measures: [], gap: false, overlaps: [] };
      cells.set(key, found);
    }
    return found;
  };
  const offersByColumn = new Map<string, Set<string>>();

  for (const need of input.needs) {
    if (need.deleted || need.status !== 'open') continue;
    cell(need.fieldId, need.municipalityId === null ? COUNTY_COLUMN : columnOf(need.municipalityId)).needs.push(need);
  }
  for (const offer of input.offers) {
    if (offer.deleted || offer.archived) continue;
    for (const columnId of columnsOf(offer.municipalityIds)) {
      for (const fieldId of new Set(offer.fieldIds)) cell(fieldId, columnId).offers.push(offer);
      const seen = offersByColumn.get(columnId) ?? new Set<string>();
      seen.add(offer.id);
      offersByColumn.set(columnId, seen);
    }
  }
  for (const measure of input.measures) {
    if (measure.deleted || measure.status !== 'active') continue;
    const fieldIds = new Set(measure.goalIds.map((g) => fieldOfGoal.get(g)).filter((f): f is string => f !== undefined));
    for (const columnId of columnsOf(measure.municipalityIds)) for (const fieldId of fieldIds) cell(fieldId, columnId).measures.push(measure);
  }

  const local: GapColumn[] = tops.map((municipality) => {
    const members = places.filter((m) => m.parentId === municipality.id).sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const figure = (pick: (m: Municipality) => Figure | null) =>
      own(pick(municipality)) ?? (members.length ? sumFigures(members.map(pick)) : null);
    return { id: municipality.id, municipality, members, population: figure((m) => m.population), migrationBackground: figure((m) => m.migrationBackground), offerCount: 0, offersPer1000: null };
  });
  const county: GapColumn = {
    id: COUNTY_COLUMN,
    municipality: null,
    members: [],
    population: sumFigures(local.map((c) => c.population)),
    migrationBackground: sumFigures(local.map((c) => c.migrationBackground)),
    offerCount: 0,
    offersPer1000: null,
  };
  const columns = [...local, county].map((column) => {
    const offerCount = offersByColumn.get(column.id)?.size ?? 0;
    const people = column.migrationBackground?.value ?? 0;
    return { ...column, offerCount, offersPer1000: people > 0 ? (offerCount * 1000) / people : null };
  });

  let gaps = 0;
  let overlaps = 0;
  const rows = input.fields
    .filter((f) => !f.deleted)
    .sort((a, b) => a.order - b.order)
    .map((field) => ({
      field,
      cells: columns.map((column) => {
        const c = cells.get(`${field.id}|${column.id}`) ?? { fieldId: field.id, columnId: column.id, needs: [], offers: [], measures: [], gap: false, overlaps: [] };
        c.gap = c.needs.length > 0 && c.offers.length === 0;
        c.overlaps = overlapsIn(c.offers);
        if (c.gap) gaps += 1;
        if (c.overlaps.length) overlaps += 1;
        return c;
      }),
    }));
  return { columns, rows, gaps, overlaps };
}
