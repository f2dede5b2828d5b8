import { parseSnapshot, parseSnapshotText } from '../../src/core/snapshot';
import { checkedExampleJson } from '../../src/example/checked-example';
import type { Indicator, Measurement } from '../../src/core/schema';
import { entityKinds, targetGroups } from '../../src/core/schema';
import { ExampleDataError, INVENTED_SOURCE } from '../../src/example/build-context';
import { buildExampleSnapshot, buildSnapshotFromSources, shippedSources } from '../../src/example/build-example';
import county from '../../src/example/boerde/county.json';
import municipalitiesFile from '../../src/example/boerde/municipalities.json';
import providersFile from '../../src/example/boerde/providers.json';

const NOW = '2026-11-25T08:00:00.000Z';
const example = buildExampleSnapshot(NOW);
const records = example.records;

const indicatorNamed = (name: string): Indicator => {
  const found = records.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator "${name}"`);
  return found;
};
const countySeries = (indicator: Indicator): Measurement[] =>
  records.measurements
    .filter((m) => m.indicatorId === indicator.id && m.municipalityId === null)
    .sort((a, b) => a.period.localeCompare(b.period));

describe('the example concept for Landkreis Börde', () => {
  it('passes the same check as an imported snapshot, with nothing left to fill in', () => {
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(example)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (parsed.ok) expect(parsed.snapshot.records).toEqual(records);
  });

  it('has the plan a coordinator expects to find', () => {
    expect(records.concepts).toHaveLength(1);
    const [concept] = records.concepts;
    expect(concept!.county).toEqual({ name: 'Landkreis Börde', officialKey: '15083' });
    expect(concept!.adoptedOn).toBe('2018-11-28');
    expect(concept!.principles.length).toBeGreaterThanOrEqual(6);
    expect(concept!.principles.length).toBeLessThanOrEqual(8);

    expect(records.fieldsOfAction.length).toBeGreaterThanOrEqual(6);
    expect(records.fieldsOfAction.length).toBeLessThanOrEqual(8);
    expect(records.goals.length).toBeGreaterThanOrEqual(13);
    expect(records.goals.length).toBeLessThanOrEqual(17);
    expect(records.measures).toHaveLength(30);
    expect(records.indicators).toHaveLength(20);
    expect(records.needs).toHaveLength(20);
    expect(records.providers).toHaveLength(25);
    expect(records.offers).toHaveLength(40);
  });

  it('shows measures in every state and for many groups, not only refugees', () => {
    expect(new Set(records.measures.map((m) => m.status))).toEqual(new Set(['planned', 'active', 'done', 'paused', 'dropped']));
    const groups = new Set(records.measures.flatMap((m) => m.targetGroups));
    for (const group of ['eu_citizens', 'skilled_workers', 'repatriates', 'students', 'women', 'young_people', 'families'] as const) {
      expect(groups).toContain(group);
    }
    expect(records.measures.some((m) => m.progressNotes.length > 0)).toBe(true);
  });

  it('lists the 34 municipalities and the 4 Verbandsgemeinden with their members', () => {
    const groups = records.municipalities.filter((m) => m.kind === 'verbandsgemeinde');
    const municipalities = records.municipalities.filter((m) => m.kind !== 'verbandsgemeinde');
    expect(groups).toHaveLength(4);
    expect(municipalities).toHaveLength(34);
    expect(municipalities.filter((m) => m.kind === 'einheitsgemeinde')).toHaveLength(9);

    for (const group of groups) {
      const reference = municipalitiesFile.find((m) => m.kind === 'Verbandsgemeinde' && m.name === group.name);
      const members = records.municipalities.filter((m) => m.parentId === group.id).map((m) => m.name);
      expect(members.sort()).toEqual([...(reference?.members ?? [])].sort());
    }
  });

  it('gives every indicator a series over at least three years, some by municipality', () => {
    for (const indicator of records.indicators) {
      const years = new Set(records.measurements.filter((m) => m.indicatorId === indicator.id).map((m) => m.period.slice(0, 4)));
      expect(years.size, indicator.name).toBeGreaterThanOrEqual(3);
    }
    expect(records.indicators.some((i) => i.period === 'quarterly')).toBe(true);
    const byPlace = records.indicators.filter((i) => i.byMunicipality);
    expect(byPlace.length).toBeGreaterThan(0);
    for (const indicator of byPlace) {
      expect(records.measurements.some((m) => m.indicatorId === indicator.id && m.municipalityId !== null)).toBe(true);
    }
  });

  it('has indicators past their warning threshold and indicators moving towards their target', () => {
    const latest = records.indicators.map((i) => ({ i, value: countySeries(i).at(-1)!.value }));
    const better = (i: Indicator, a: number, b: number) => (i.direction === 'higher_better' ? a > b : a < b);
    const warning = latest.filter(({ i, value }) => i.warningThreshold !== null && better(i, i.warningThreshold, value));
    const improving = latest.filter(({ i, value }) => better(i, value, i.baseline.value));
    expect(warning.length).toBeGreaterThanOrEqual(3);
    expect(improving.length).toBeGreaterThanOrEqual(3);
  });

  it('offers help in the languages people in the county speak, and some entries are due for checking', () => {
    const languages = new Set(records.offers.flatMap((o) => o.languages));
    for (const language of ['ar', 'uk', 'ru', 'en', 'fa', 'tr', 'ti']) expect(languages).toContain(language);
    const aYearAgo = '2025-11-25';
    expect(records.offers.filter((o) => o.lastVerified < aYearAgo).length).toBeGreaterThanOrEqual(3);
    expect(records.offers.filter((o) => o.lastVerified >= aYearAgo).length).toBeGreaterThan(20);
    expect(records.locations.length).toBeGreaterThan(0);
  });

  it('includes every real provider from the reference file', () => {
    const names = new Set(records.providers.map((p) => p.name));
    for (const provider of providersFile) expect(names).toContain(provider.name);
  });

  it('marks every record as example data', () => {
    for (const kind of entityKinds) {
      for (const record of records[kind]) {
        expect(record.provenance?.example, `${kind} ${record.id}`).toBe(true);
        expect(record.updatedBy).toBe('Beispieldaten');
        expect(record.createdAt).toBe(NOW);
      }
    }
  });

  it('carries the sourced population figures unchanged', () => {
    const haldensleben = records.municipalities.find((m) => m.name === 'Haldensleben');
    expect(haldensleben?.population).toEqual({
      value: 19188,
      date: '2023-12-31',
      source: municipalitiesFile.find((m) => m.name === 'Haldensleben')!.source,
      invented: false,
    });
    for (const reference of municipalitiesFile) {
      const record = records.municipalities.find((m) => m.officialKey === (reference.ags ?? reference.verbandsschluessel));
      expect(record?.population?.value ?? null, reference.name).toBe(reference.population);
    }
  });

  it('marks every figure the sources do not have as invented', () => {
    for (const m of records.municipalities) {
      for (const figure of [m.migrationBackground, m.foreignNationals, m.topNationalities]) {
        if (figure) expect(figure).toMatchObject({ invented: true, source: INVENTED_SOURCE });
      }
    }
    const withFigures = records.municipalities.filter((m) => m.foreignNationals !== null);
    expect(withFigures.map((m) => m.kind).sort()).toEqual([...Array<string>(9).fill('einheitsgemeinde'), ...Array<string>(4).fill('verbandsgemeinde')]);
  });

  it('uses the real county figures, with their sources, and claims no other measurement as real', () => {
    const real = records.measurements
      .filter((m) => m.provenance?.invented === false)
      .map((m) => ({ indicator: records.indicators.find((i) => i.id === m.indicatorId)!.name, period: m.period, value: m.value, source: m.source }));
    expect(real).toEqual(
      expect.arrayContaining([
        { indicator: 'Ausländische Staatsangehörige im Landkreis', period: '2017', value: 5095, source: county.foreignNationals[0]!.source },
        { indicator: 'Ausländische Staatsangehörige im Landkreis', period: '2018', value: 5478, source: county.foreignNationals[1]!.source },
        { indicator: 'Einbürgerungen im Landkreis', period: '2021', value: 36, source: county.naturalisations[0]!.source },
        {
          indicator: 'Anteil B1 im Deutsch-Test für Zuwanderer an der Kreisvolkshochschule Börde',
          period: '2018',
          value: 70,
          source: county.localIntegrationCourseResult.source,
        },
        {
          indicator: 'Erwerbsfähige Leistungsberechtigte im SGB II im Kontext von Fluchtmigration',
          period: '2017',
          value: 719,
          source: county.foreignNationals[0]!.source,
        },
      ]),
    );
    expect(real).toHaveLength(5);
    const invented = records.measurements.filter((m) => m.provenance?.invented !== false);
    for (const m of invented) expect(m.source).toBe(INVENTED_SOURCE);
    expect(indicatorNamed('Einbürgerungen im Landkreis').baseline).toEqual({ value: 36, date: '2021-12-31' });
  });

  it('keeps every id when the example is built again later', () => {
    const later = buildExampleSnapshot('2027-03-01T12:00:00.000Z');
    for (const kind of entityKinds) {
      expect(later.records[kind].map((r) => r.id)).toEqual(records[kind].map((r) => r.id));
      for (const r of records[kind]) expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(later.records.concepts[0]!.principles.map((p) => p.id)).toEqual(records.concepts[0]!.principles.map((p) => p.id));
  });
});

describe('the example builder', () => {
  it('builds another county from other data, without code changes', () => {
    const other = buildSnapshotFromSources(
      { ...shippedSources, county: { name: 'Landkreis Beispielhausen', kreisschluessel: '99999' } },
      NOW,
    );
    expect(other.records.concepts[0]!.county).toEqual({ name: 'Landkreis Beispielhausen', officialKey: '99999' });
    expect(other.records.goals.map((g) => g.id)).not.toEqual(records.goals.map((g) => g.id));
    expect(parseSnapshot(other).ok).toBe(true);
  });

  it('names the key when the data refers to something it does not define', () => {
    const plan = structuredClone(shippedSources.plan) as { measures: { goals: string[] }[] };
    plan.measures[0]!.goals = ['sprache-99'];
    expect(() => buildSnapshotFromSources({ ...shippedSources, plan }, NOW)).toThrow(ExampleDataError);
    expect(() => buildSnapshotFromSources({ ...shippedSources, plan }, NOW)).toThrow(/unknown goal "sprache-99"/);
  });

  it('points at a misspelt field in a data file', () => {
    const needs = structuredClone(shippedSources.needs) as Record<string, unknown>[];
    needs[0]!.prority = needs[0]!.priority;
    expect(() => buildSnapshotFromSources({ ...shippedSources, needs }, NOW)).toThrow(/prority/);
  });

  it('refuses an indicator that has no direction to judge it by', () => {
    const series = structuredClone(shippedSources.indicatorSeries) as { basedOn?: string; direction?: string }[];
    const contextual = series.find((i) => i.basedOn === 'BAMF_IK_new_participants')!;
    delete contextual.direction;
    expect(() => buildSnapshotFromSources({ ...shippedSources, indicatorSeries: series }, NOW)).toThrow(/needs a direction/);
  });

  it('covers every target group the schema knows in the directory or the plan', () => {
    const used = new Set([...records.offers, ...records.measures, ...records.needs].flatMap((r) => r.targetGroups));
    expect(targetGroups.filter((g) => !used.has(g))).toEqual([]);
  });
});

describe('the example file the build ships', () => {
  it('is a snapshot that passes the import checks, with the whole example in it', () => {
    const parsed = parseSnapshotText(checkedExampleJson('2026-11-25T08:00:00.000Z'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.snapshot.records.measures).toHaveLength(30);
      expect(parsed.snapshot.records.offers).toHaveLength(40);
    }
  });
});
