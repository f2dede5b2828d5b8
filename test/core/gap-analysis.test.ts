import { describe, expect, it } from 'vitest';
import { COUNTY_COLUMN, gapAnalysis } from '../../src/core/gap-analysis';
import type { GapInput } from '../../src/core/gap-analysis';
import { makeFieldOfAction, makeGoal, makeMeasure, makeMunicipality, makeNeed, makeOffer } from '../factories';

const language = makeFieldOfAction({ name: 'Sprache', order: 0 });
const housing = makeFieldOfAction({ name: 'Wohnen', order: 1 });
const languageGoal = makeGoal({ fieldId: language.id });
const fig = (value: number, invented = false) => ({ value, date: '2023-12-31', source: 'Statistik', invented });
const haldensleben = makeMunicipality({ name: 'Haldensleben', kind: 'einheitsgemeinde', population: fig(19_000), migrationBackground: fig(2_000) });
const elbeHeide = makeMunicipality({ name: 'Elbe-Heide', kind: 'verbandsgemeinde', officialKey: '150835301', population: null, migrationBackground: null });
const rogätz = makeMunicipality({ name: 'Rogätz', kind: 'mitgliedsgemeinde', parentId: elbeHeide.id, population: fig(2_100), migrationBackground: fig(150, true) });
const loitsche = makeMunicipality({ name: 'Loitsche-Heinrichsberg', kind: 'mitgliedsgemeinde', parentId: elbeHeide.id, population: fig(800), migrationBackground: fig(50) });

function input(overrides: Partial<GapInput>): GapInput {
  return { fields: [housing, language], goals: [languageGoal], municipalities: [haldensleben, elbeHeide, rogätz, loitsche], needs: [], offers: [], measures: [], ...overrides };
}
const cellOf = (matrix: ReturnType<typeof gapAnalysis>, fieldId: string, columnId: string) =>
  matrix.rows.find((r) => r.field.id === fieldId)!.cells.find((c) => c.columnId === columnId)!;

describe('the needs and gap matrix', () => {
  it('has Einheits- and Verbandsgemeinden as columns, then a county-wide one, and fields in their order', () => {
    const matrix = gapAnalysis(input({}));
    expect(matrix.columns.map((c) => c.municipality?.name ?? c.id)).toEqual(['Elbe-Heide', 'Haldensleben', COUNTY_COLUMN]);
    expect(matrix.rows.map((r) => r.field.name)).toEqual(['Sprache', 'Wohnen']);
  });

  it('marks a gap where an open need has no offer, and rolls a member municipality up into its Verbandsgemeinde', () => {
    const need = makeNeed({ fieldId: language.id, municipalityId: rogätz.id });
    const matrix = gapAnalysis(input({ needs: [need, makeNeed({ fieldId: language.id, municipalityId: rogätz.id, status: 'closed' })] }));
    const cell = cellOf(matrix, language.id, elbeHeide.id);
    expect(cell.needs).toEqual([need]);
    expect(cell.gap).toBe(true);
    expect(matrix.gaps).toBe(1);
  });

  it('is no gap once an active offer reaches the place; an archived offer does not count', () => {
    const need = makeNeed({ fieldId: language.id, municipalityId: loitsche.id });
    const archived = makeOffer({ fieldIds: [language.id], municipalityIds: [rogätz.id], archived: true });
    expect(cellOf(gapAnalysis(input({ needs: [need], offers: [archived] })), language.id, elbeHeide.id).gap).toBe(true);
    const course = makeOffer({ fieldIds: [language.id], municipalityIds: [rogätz.id] });
    expect(cellOf(gapAnalysis(input({ needs: [need], offers: [course] })), language.id, elbeHeide.id).gap).toBe(false);
  });

  it('keeps county-wide offers and needs in their own column: they do not fill a local gap', () => {
    const need = makeNeed({ fieldId: language.id, municipalityId: haldensleben.id });
    const countyOffer = makeOffer({ fieldIds: [language.id], municipalityIds: [] });
    const countyNeed = makeNeed({ fieldId: housing.id, municipalityId: null });
    const matrix = gapAnalysis(input({ needs: [need, countyNeed], offers: [countyOffer] }));
    expect(cellOf(matrix, language.id, haldensleben.id).gap).toBe(true);
    expect(cellOf(matrix, language.id, COUNTY_COLUMN).offers).toEqual([countyOffer]);
    expect(cellOf(matrix, housing.id, COUNTY_COLUMN).gap).toBe(true);
  });

  it('counts an offer reaching two member municipalities once in their Verbandsgemeinde', () => {
    const offer = makeOffer({ fieldIds: [language.id], municipalityIds: [rogätz.id, loitsche.id] });
    const matrix = gapAnalysis(input({ offers: [offer] }));
    expect(cellOf(matrix, language.id, elbeHeide.id).offers).toHaveLength(1);
    expect(matrix.columns.find((c) => c.id === elbeHeide.id)!.offerCount).toBe(1);
  });

  it('puts active measures into the field of their goal', () => {
    const active = makeMeasure({ goalIds: [languageGoal.id], municipalityIds: [haldensleben.id], status: 'active' });
    const planned = makeMeasure({ goalIds: [languageGoal.id], municipalityIds: [haldensleben.id], status: 'planned' });
    expect(cellOf(gapAnalysis(input({ measures: [active, planned] })), language.id, haldensleben.id).measures).toEqual([active]);
  });

  it('marks an overlap at three offers for the same target group, not at two', () => {
    const forUkrainians = (n: number) => Array.from({ length: n }, () => makeOffer({ fieldIds: [language.id], municipalityIds: [haldensleben.id], targetGroups: ['ukrainians'] }));
    expect(cellOf(gapAnalysis(input({ offers: forUkrainians(2) })), language.id, haldensleben.id).overlaps).toEqual([]);
    const three = forUkrainians(3);
    const matrix = gapAnalysis(input({ offers: three }));
    expect(cellOf(matrix, language.id, haldensleben.id).overlaps).toEqual([{ targetGroup: 'ukrainians', offerIds: three.map((o) => o.id) }]);
    expect(matrix.overlaps).toBe(1);
  });

  it('counts an offer for all migrants towards every group, but offers for different groups do not overlap', () => {
    const place = { fieldIds: [language.id], municipalityIds: [haldensleben.id] };
    const mixed = [makeOffer({ ...place, targetGroups: ['women'] }), makeOffer({ ...place, targetGroups: ['women'] }), makeOffer({ ...place, targetGroups: ['all_migrants'] })];
    expect(cellOf(gapAnalysis(input({ offers: mixed })), language.id, haldensleben.id).overlaps.map((o) => o.targetGroup)).toEqual(['women']);
    const apart = [makeOffer({ ...place, targetGroups: ['women'] }), makeOffer({ ...place, targetGroups: ['children'] }), makeOffer({ ...place, targetGroups: ['seniors'] })];
    expect(cellOf(gapAnalysis(input({ offers: apart })), language.id, haldensleben.id).overlaps).toEqual([]);
  });

  it('gives offers per 1,000 people with a migration history, summing members and marking invented parts', () => {
    const offers = [makeOffer({ fieldIds: [language.id], municipalityIds: [haldensleben.id] }), makeOffer({ fieldIds: [housing.id], municipalityIds: [haldensleben.id] })];
    const matrix = gapAnalysis(input({ offers }));
    const town = matrix.columns.find((c) => c.id === haldensleben.id)!;
    expect(town.offersPer1000).toBe(1);
    const vg = matrix.columns.find((c) => c.id === elbeHeide.id)!;
    expect(vg.migrationBackground).toEqual({ value: 200, invented: true, date: '2023-12-31' });
    expect(vg.population?.value).toBe(2_900);
    expect(vg.offersPer1000).toBe(0);
    expect(matrix.columns.find((c) => c.id === COUNTY_COLUMN)!.migrationBackground?.value).toBe(2_200);
  });

  it('has no rate where the migration figure is missing', () => {
    const bare = makeMunicipality({ name: 'Oebisfelde-Weferlingen', migrationBackground: null });
    expect(gapAnalysis(input({ municipalities: [bare] })).columns[0]!.offersPer1000).toBeNull();
  });
});
