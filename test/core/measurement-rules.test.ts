import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/messages';
import { byPeriodNewestFirst, measurementRuleProblems, measurementValueProblems, periodExample, valueRange } from '../../src/core/measurement-rules';
import { makeIndicator, makeMeasurement } from '../factories';

const yearly = makeIndicator({ period: 'yearly' });
const quarterly = makeIndicator({ period: 'quarterly' });
const wanzleben = '00000000-0000-4000-8000-00000000bbbb';
const TODAY = '2026-06-30';

describe('the period of a measurement', () => {
  it('must have the shape of the indicator’s measurement period, and the message shows an example', () => {
    const problems = measurementRuleProblems(yearly, { period: '2025-Q1', municipalityId: null }, [], TODAY);
    expect(problems).toEqual([{ path: 'period', code: 'period_mismatch', params: { expected: '2025' } }]);
    expect(describeProblem(problems[0]!, 'de')).toBe('Zeitraum passt nicht zum Erhebungsrhythmus des Indikators (2025).');
  });

  it('suggests a quarter for a quarterly indicator and a month for a monthly one', () => {
    expect(measurementRuleProblems(quarterly, { period: '2025', municipalityId: null }, [], TODAY)[0]?.params).toEqual({ expected: '2025-Q1' });
    expect(periodExample('monthly', '2026')).toBe('2026-01');
  });

  it('leaves a key that is no period at all to the schema', () => {
    expect(measurementRuleProblems(yearly, { period: 'abc', municipalityId: null }, [], TODAY)).toEqual([]);
    expect(measurementRuleProblems(yearly, { period: '', municipalityId: null }, [], TODAY)).toEqual([]);
  });
});

describe('a measurement is a value already measured (field test: 2030 stored in 2026)', () => {
  it('refuses a period that begins after today, and says why', () => {
    const problems = measurementValueProblems(yearly, { period: '2030', municipalityId: null }, TODAY);
    expect(problems).toEqual([{ path: 'period', code: 'future_period', params: { period: '2030' } }]);
    expect(describeProblem(problems[0]!, 'de')).toBe('Zeitraum liegt in der Zukunft (2030): Ein Wert für einen Zeitraum, der noch nicht begonnen hat, ist geplant, nicht gemessen.');
    expect(measurementValueProblems(quarterly, { period: '2026-Q3', municipalityId: null }, TODAY)[0]?.code).toBe('future_period');
    expect(measurementValueProblems(makeIndicator({ period: 'monthly' }), { period: '2026-07', municipalityId: null }, TODAY)[0]?.code).toBe('future_period');
  });

  it('takes the period today falls in, and every earlier one', () => {
    expect(measurementValueProblems(yearly, { period: '2026', municipalityId: null }, TODAY)).toEqual([]);
    expect(measurementValueProblems(quarterly, { period: '2026-Q2', municipalityId: null }, TODAY)).toEqual([]);
    expect(measurementValueProblems(makeIndicator({ period: 'monthly' }), { period: '2026-06', municipalityId: null }, TODAY)).toEqual([]);
  });
});

describe('the value fits the indicator’s unit', () => {
  const people = makeIndicator({ unit: 'Personen', period: 'yearly' });
  const percent = makeIndicator({ unit: '%', period: 'yearly' });
  const value = (indicator: typeof people, v: number) => measurementValueProblems(indicator, { period: '2025', municipalityId: null, value: v }, TODAY);

  it('refuses a negative count: -5 Personen', () => {
    expect(value(people, -5)).toEqual([{ path: 'value', code: 'negative_value', params: { unit: 'Personen' } }]);
    expect(describeProblem(value(people, -5)[0]!, 'de')).toBe('Wert darf nicht negativ sein (Einheit: Personen).');
    expect(value(people, 0)).toEqual([]);
    expect(value(people, 12_500)).toEqual([]);
  });

  it('refuses a percentage below 0 or above 100', () => {
    expect(value(percent, 100.5)).toEqual([{ path: 'value', code: 'out_of_range', params: { min: 0, max: 100, unit: '%' } }]);
    expect(describeProblem(value(percent, -1)[0]!, 'en')).toBe('Value must be between 0 and 100 (unit: %).');
    expect(value(percent, 0)).toEqual([]);
    expect(value(percent, 100)).toEqual([]);
  });

  it.each([
    ['%', 0, 100],
    ['Prozent', 0, 100],
    ['Anzahl', 0, null],
    ['Tage', 0, null],
    ['je 1.000', 0, null],
    ['Prozentpunkte', null, null],
    ['Saldo (Personen)', null, null],
  ])('reads the unit “%s” as from %s to %s', (unit, min, max) => {
    expect(valueRange(unit)).toEqual({ min, max });
  });

  it('leaves a value that is not a number yet to the schema', () => {
    expect(value(people, Number.NaN)).toEqual([]);
  });
});

describe('one value per period and place', () => {
  const county2024 = makeMeasurement({ indicatorId: yearly.id, period: '2024', municipalityId: null });

  it('refuses a second county-wide value for the same period', () => {
    const problems = measurementRuleProblems(yearly, { period: '2024', municipalityId: null }, [county2024], TODAY);
    expect(problems).toEqual([{ path: 'period', code: 'duplicate_measurement', params: { period: '2024' } }]);
    expect(describeProblem(problems[0]!, 'de')).toBe('Zeitraum ist schon erfasst (2024); bitte den vorhandenen Messwert bearbeiten.');
  });

  it('allows the same period for a municipality, another period, or another indicator', () => {
    expect(measurementRuleProblems(yearly, { period: '2024', municipalityId: wanzleben }, [county2024], TODAY)).toEqual([]);
    expect(measurementRuleProblems(yearly, { period: '2025', municipalityId: null }, [county2024], TODAY)).toEqual([]);
    expect(measurementRuleProblems(makeIndicator({ period: 'yearly' }), { period: '2024', municipalityId: null }, [county2024], TODAY)).toEqual([]);
  });

  it('lets a measurement keep its own period when it is edited', () => {
    expect(measurementRuleProblems(yearly, { id: county2024.id, period: '2024', municipalityId: null }, [county2024], TODAY)).toEqual([]);
  });

  it('does not count a deleted value', () => {
    const deleted = { ...county2024, deleted: true };
    expect(measurementRuleProblems(yearly, { period: '2024', municipalityId: null }, [deleted], TODAY)).toEqual([]);
  });
});

describe('the order of the measurement table', () => {
  it('puts the newest period first and the county-wide value before the municipalities', () => {
    const rows = [
      makeMeasurement({ period: '2023', municipalityId: null }),
      makeMeasurement({ period: '2024', municipalityId: wanzleben }),
      makeMeasurement({ period: '2024', municipalityId: null }),
    ];
    const sorted = [...rows].sort(byPeriodNewestFirst);
    expect(sorted.map((m) => `${m.period} ${m.municipalityId ?? 'kreisweit'}`)).toEqual(['2024 kreisweit', `2024 ${wanzleben}`, '2023 kreisweit']);
  });
});
