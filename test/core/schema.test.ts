import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/messages';
import type { EntityKind } from '../../src/core/schema';
import { periodMatches, periodStart } from '../../src/core/periods';
import { entityKinds, periodKey } from '../../src/core/schema';
import type { Problem } from '../../src/core/validation';
import { validateEntity } from '../../src/core/validation';
import {
  factories,
  makeConcept,
  makeIndicator,
  makeLocation,
  makeMeasure,
  makeMeasurement,
  makeMunicipality,
  makeOffer,
  makeProvider,
} from '../factories';

function problemsFor(kind: EntityKind, input: unknown): Problem[] {
  const result = validateEntity(kind, input);
  if (result.ok) throw new Error(`expected ${kind} to be rejected, but it was accepted`);
  return result.problems;
}

describe('every kind of record', () => {
  it.each(entityKinds)('accepts a complete %s record unchanged', (kind) => {
    const record = factories[kind]();
    const result = validateEntity(kind, record);
    expect(result).toEqual({ ok: true, value: record });
  });

  const invalid: { kind: EntityKind; story: string; change: Record<string, unknown>; path: string; code: Problem['code'] }[] = [
    { kind: 'concepts', story: 'a county key of four digits', change: { county: { name: 'Landkreis Börde', officialKey: '1508' } }, path: 'county.officialKey', code: 'invalid_format' },
    { kind: 'municipalities', story: 'letters in the official key', change: { officialKey: '15O83270' }, path: 'officialKey', code: 'invalid_format' },
    { kind: 'fieldsOfAction', story: 'a code with capitals', change: { code: 'Sprache' }, path: 'code', code: 'invalid_format' },
    { kind: 'goals', story: 'a field of action that is not an id', change: { fieldId: 'sprache' }, path: 'fieldId', code: 'invalid_format' },
    { kind: 'measures', story: 'a measure serving no goal', change: { goalIds: [] }, path: 'goalIds', code: 'too_few' },
    { kind: 'indicators', story: 'an unknown direction', change: { direction: 'up' }, path: 'direction', code: 'invalid_choice' },
    { kind: 'measurements', story: 'a thirteenth month', change: { period: '2024-13' }, path: 'period', code: 'invalid_format' },
    { kind: 'needs', story: 'a description of blanks only', change: { description: '   ' }, path: 'description', code: 'required' },
    { kind: 'providers', story: 'a four-digit postcode', change: { address: { street: 'Markt 1', postcode: '3934', city: 'Haldensleben' } }, path: 'address.postcode', code: 'invalid_format' },
    { kind: 'offers', story: 'an e-mail address without @', change: { contact: { email: 'info.beispiel.de', phone: '', website: '' } }, path: 'contact.email', code: 'invalid_format' },
    { kind: 'locations', story: 'an eighth weekday', change: { openingHours: [{ weekday: 8, opens: '09:00', closes: '12:00' }] }, path: 'openingHours.0.weekday', code: 'too_large' },
    { kind: 'referrals', story: 'a month given as a quarter', change: { month: '2024-Q2' }, path: 'month', code: 'invalid_format' },
    { kind: 'correctionReports', story: 'a dismissal without a reason', change: { status: 'dismissed', resolution: '' }, path: 'resolution', code: 'required' },
    { kind: 'reviews', story: 'an overridden goal status without a reason', change: { assessments: [{ goalId: '00000000-0000-4000-8000-0000000000aa', computedStatus: 'off_track', confirmedStatus: 'on_track', overrideReason: '', findings: '' }] }, path: 'assessments.0.overrideReason', code: 'required' },
  ];

  it.each(invalid)('rejects $kind with $story, naming $path', ({ kind, change, path, code }) => {
    const problems = problemsFor(kind, { ...factories[kind](), ...change });
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('covers every kind with an invalid example', () => {
    expect(new Set(invalid.map((c) => c.kind))).toEqual(new Set(entityKinds));
  });

  it.each(entityKinds)('reports a %s record without an author as a missing required field', (kind) => {
    const { updatedBy: _dropped, ...withoutAuthor } = factories[kind]();
    expect(problemsFor(kind, withoutAuthor)).toEqual([{ path: 'updatedBy', code: 'required', params: {} }]);
  });
});

describe('the fields every record carries', () => {
  it('reports a revision of 0 as too small', () => {
    expect(problemsFor('goals', { ...factories.goals(), revision: 0 })).toEqual([{ path: 'revision', code: 'too_small', params: { min: 1 } }]);
  });

  it('reports a fractional revision as not a whole number', () => {
    expect(problemsFor('goals', { ...factories.goals(), revision: 1.5 })).toEqual([{ path: 'revision', code: 'not_integer', params: {} }]);
  });

  it('reports text in a number field as not a number', () => {
    expect(problemsFor('measures', makeMeasure({ budgetPerYear: 'viel' as never }))).toEqual([
      { path: 'budgetPerYear', code: 'not_a_number', params: {} },
    ]);
  });

  it('rejects a timestamp without a time zone', () => {
    expect(problemsFor('goals', { ...factories.goals(), updatedAt: '2024-05-01T08:00:00' })).toContainEqual(
      expect.objectContaining({ path: 'updatedAt', code: 'invalid_format' }),
    );
  });

  it('trims text and fills in defaults for fields an older client left out', () => {
    const { archived: _a, description: _d, ...older } = makeProvider({ name: '  Caritas Börde  ' });
    const result = validateEntity('providers', older);
    expect(result.ok && result.value).toMatchObject({ name: 'Caritas Börde', archived: false, description: '' });
  });
});

describe('rules across fields', () => {
  it('rejects a concept that ends before it starts, at its end date', () => {
    expect(problemsFor('concepts', makeConcept({ validFrom: '2025-01-01', validTo: '2024-12-31' }))).toEqual([
      { path: 'validTo', code: 'date_order', params: {} },
    ]);
  });

  it('accepts an open-ended concept and one that starts and ends on the same day', () => {
    expect(validateEntity('concepts', makeConcept({ validTo: null })).ok).toBe(true);
    expect(validateEntity('concepts', makeConcept({ validFrom: '2024-06-01', validTo: '2024-06-01' })).ok).toBe(true);
  });

  it('rejects a measure that ends before it starts, at its end', () => {
    expect(problemsFor('measures', makeMeasure({ start: '2024-03-01', end: '2024-02-29' }))).toEqual([
      { path: 'end', code: 'date_order', params: {} },
    ]);
    expect(validateEntity('measures', makeMeasure({ start: null, end: '2024-02-29' })).ok).toBe(true);
  });

  it('rejects an indicator whose target date lies before its baseline', () => {
    const indicator = makeIndicator({ baseline: { value: 40, date: '2024-12-31' }, target: { value: 60, date: '2023-12-31' } });
    expect(problemsFor('indicators', indicator)).toEqual([{ path: 'target.date', code: 'date_order', params: {} }]);
  });

  it.each(['offers', 'locations'] as const)('rejects %s opening hours that close when or before they open', (kind) => {
    const record = { ...factories[kind](), openingHours: [
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 3, opens: '14:00', closes: '14:00' },
      { weekday: 4, opens: '16:00', closes: '08:00' },
    ] };
    expect(problemsFor(kind, record)).toEqual([
      { path: 'openingHours.1.closes', code: 'time_order', params: {} },
      { path: 'openingHours.2.closes', code: 'time_order', params: {} },
    ]);
  });

  it('rejects a time of 24:00', () => {
    const offer = makeOffer({ openingHours: [{ weekday: 5, opens: '18:00', closes: '24:00' }] });
    expect(problemsFor('offers', offer)).toContainEqual(expect.objectContaining({ path: 'openingHours.0.closes', code: 'invalid_format' }));
  });

  it('requires a member municipality to name its Verbandsgemeinde', () => {
    const member = makeMunicipality({ name: 'Calvörde', kind: 'mitgliedsgemeinde', parentId: null });
    expect(problemsFor('municipalities', member)).toEqual([{ path: 'parentId', code: 'parent_kind', params: {} }]);
    expect(validateEntity('municipalities', { ...member, parentId: makeMunicipality().id }).ok).toBe(true);
  });

  it('reports a rule across fields together with the other fields’ problems, not only after they are fixed', () => {
    expect(problemsFor('measures', makeMeasure({ title: '', start: '2024-03-01', end: '2024-01-01' }))).toEqual([
      { path: 'title', code: 'required', params: {} },
      { path: 'end', code: 'date_order', params: {} },
    ]);
    const indicator = makeIndicator({ name: '', baseline: { value: 40, date: '2024-12-31' }, target: { value: Number.NaN, date: '2023-12-31' } });
    expect(problemsFor('indicators', indicator).map((p) => p.path)).toEqual(['name', 'target.value', 'target.date']);
    expect(problemsFor('concepts', makeConcept({ title: '', validFrom: '2025-01-01', validTo: '2024-12-31' })).map((p) => p.code)).toEqual(['required', 'date_order']);
  });

  it('leaves a rule across fields out while a field it reads is itself wrong', () => {
    expect(problemsFor('measures', makeMeasure({ start: '2024-13-01', end: '2024-01-01' }))).toEqual([
      { path: 'start', code: 'invalid_format', params: { format: 'date' } },
    ]);
  });

  it.each(['einheitsgemeinde', 'verbandsgemeinde'] as const)('rejects a parent for a %s', (kind) => {
    const municipality = makeMunicipality({ kind, officialKey: '150835305', parentId: makeMunicipality().id });
    expect(problemsFor('municipalities', municipality)).toEqual([{ path: 'parentId', code: 'parent_kind', params: {} }]);
  });
});

describe('measurement periods', () => {
  it.each(['2024', '2024-Q1', '2024-Q4', '2024-01', '2024-12'])('accepts the period key %s', (key) => {
    expect(periodKey.safeParse(key).success).toBe(true);
    expect(validateEntity('measurements', makeMeasurement({ period: key })).ok).toBe(true);
  });

  it.each(['24', '2024-Q0', '2024-Q5', '2024-00', '2024-13', '2024-5', '2024/05', '2024-Q1-01'])('rejects the period key %s', (key) => {
    expect(problemsFor('measurements', makeMeasurement({ period: key }))).toEqual([
      { path: 'period', code: 'invalid_format', params: { format: 'regex' } },
    ]);
  });

  it.each([
    ['yearly', '2024', true],
    ['yearly', '2024-Q2', false],
    ['yearly', '2024-06', false],
    ['quarterly', '2024-Q2', true],
    ['quarterly', '2024', false],
    ['quarterly', '2024-06', false],
    ['monthly', '2024-06', true],
    ['monthly', '2024-Q2', false],
    ['monthly', '2024', false],
  ] as const)('a %s indicator takes the key %s: %s', (period, key, matches) => {
    expect(periodMatches(period, key)).toBe(matches);
  });

  it.each([
    ['2024', '2024-01-01'],
    ['2024-Q1', '2024-01-01'],
    ['2024-Q2', '2024-04-01'],
    ['2024-Q3', '2024-07-01'],
    ['2024-Q4', '2024-10-01'],
    ['2024-02', '2024-02-01'],
    ['2024-11', '2024-11-01'],
  ])('the period %s starts on %s', (key, start) => {
    expect(periodStart(key)).toBe(start);
  });

  it('orders mixed period keys by their start', () => {
    const keys = ['2024-Q3', '2023', '2024-02', '2024'];
    expect([...keys].sort((a, b) => periodStart(a).localeCompare(periodStart(b)))).toEqual(['2023', '2024', '2024-02', '2024-Q3']);
  });
});

describe('messages a person reads', () => {
  const sentence = (kind: EntityKind, input: unknown) => {
    const [problem] = problemsFor(kind, input);
    return { de: describeProblem(problem!, 'de'), en: describeProblem(problem!, 'en') };
  };

  it('names the postcode and what a postcode looks like', () => {
    const provider = makeProvider({ address: { street: 'Markt 1', postcode: '3934', city: 'Haldensleben' } });
    expect(sentence('providers', provider)).toEqual({
      de: 'Postleitzahl hat nicht das erwartete Format (erwartet: fünf Ziffern).',
      en: 'Postcode is not in the expected format (expected: five digits).',
    });
  });

  it('names a missing title', () => {
    expect(sentence('measures', makeMeasure({ title: ' ' }))).toEqual({
      de: 'Titel ist ein Pflichtfeld.',
      en: 'Title is required.',
    });
  });

  it('names the end date that lies before the start', () => {
    expect(sentence('measures', makeMeasure({ start: '2024-03-01', end: '2024-01-01' }))).toEqual({
      de: 'Ende liegt vor dem Anfangsdatum.',
      en: 'End is before the start date.',
    });
  });

  it('names the closing time of an opening slot', () => {
    const location = makeLocation({ openingHours: [{ weekday: 1, opens: '12:00', closes: '09:00' }] });
    expect(sentence('locations', location)).toEqual({
      de: 'Schließt um muss nach der Öffnungszeit liegen.',
      en: 'Closes at must be after the opening time.',
    });
  });

  it('calls an empty period missing, not malformed', () => {
    expect(sentence('measurements', makeMeasurement({ period: '' }))).toEqual({ de: 'Zeitraum ist ein Pflichtfeld.', en: 'Period is required.' });
    expect(sentence('offers', makeOffer({ openingHours: [{ weekday: 1, opens: '', closes: '12:00' }] })).de).toBe('Öffnet um ist ein Pflichtfeld.');
  });

  it('explains the shape of a period key', () => {
    expect(sentence('measurements', makeMeasurement({ period: '2024-Q5' }))).toEqual({
      de: 'Zeitraum hat nicht das erwartete Format (erwartet: JJJJ, JJJJ-Q1 bis JJJJ-Q4 oder JJJJ-MM).',
      en: 'Period is not in the expected format (expected: YYYY, YYYY-Q1 to YYYY-Q4 or YYYY-MM).',
    });
  });

  it('explains an e-mail address and a web address', () => {
    const email = sentence('offers', makeOffer({ contact: { email: 'info.beispiel.de', phone: '', website: '' } }));
    expect(email.de).toBe('E-Mail hat nicht das erwartete Format (erwartet: eine E-Mail-Adresse wie name@beispiel.de).');
    const website = sentence('offers', makeOffer({ contact: { email: '', phone: '', website: 'ftp://beispiel.de' } }));
    expect(website.en).toBe('Website is not in the expected format (expected: a web address starting with https://).');
  });

  it('names the member municipality rule', () => {
    expect(sentence('municipalities', makeMunicipality({ kind: 'mitgliedsgemeinde', parentId: null }))).toEqual({
      de: 'Verbandsgemeinde ist nur für Mitgliedsgemeinden anzugeben – und für sie Pflicht.',
      en: 'Collective municipality is given for member municipalities only, and required for them.',
    });
  });

  it('says a fractional number must be whole', () => {
    expect(sentence('fieldsOfAction', { ...factories.fieldsOfAction(), order: 2.5 })).toEqual({
      de: 'Reihenfolge muss eine ganze Zahl sein.',
      en: 'Order must be a whole number.',
    });
  });
});
