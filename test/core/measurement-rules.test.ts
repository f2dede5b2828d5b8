import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/messages';
import { byPeriodNewestFirst, measurementRuleProblems, periodExample } from '../../src/core/measurement-rules';
import { makeIndicator, makeMeasurement } from '../factories';

const yearly = makeIndicator({ period: 'yearly' });
const quarterly = makeIndicator({ period: 'quarterly' });
const wanzleben = '00000000-0000-4000-8000-00000000bbbb';

describe('the period of a measurement', () => {
  it('must have the shape of the indicator’s measurement period, and the message shows an example', () => {
    const problems = measurementRuleProblems(yearly, { period: '2025-Q1', municipalityId: null }, []);
    expect(problems).toEqual([{ path: 'period', code: 'period_mismatch', params: { expected: '2025' } }]);
    expect(describeProblem(problems[0]!, 'de')).toBe('Zeitraum passt nicht zum Erhebungsrhythmus des Indikators (2025).');
  });

  it('suggests a quarter for a quarterly indicator and a month for a monthly one', () => {
    expect(measurementRuleProblems(quarterly, { period: '2025', municipalityId: null }, [])[0]?.params).toEqual({ expected: '2025-Q1' });
    expect(periodExample('monthly', '2026')).toBe('2026-01');
  });

  it('leaves a key that is no period at all to the schema', () => {
    expect(measurementRuleProblems(yearly, { period: 'abc', municipalityId: null }, [])).toEqual([]);
    expect(measurementRuleProblems(yearly, { period: '', municipalityId: null }, [])).toEqual([]);
  });
});

describe('one value per period and place', () => {
  const county2024 = makeMeasurement({ indicatorId: yearly.id, period: '2024', municipalityId: null });

  it('refuses a second county-wide value for the same period', () => {
    const problems = measurementRuleProblems(yearly, { period: '2024', municipalityId: null }, [county2024]);
    expect(problems).toEqual([{ path: 'period', code: 'duplicate_measurement', params: { period: '2024' } }]);
    expect(describeProblem(problems[0]!, 'de')).toBe('Zeitraum ist schon erfasst (2024); bitte den vorhandenen Messwert bearbeiten.');
  });

  it('allows the same period for a municipality, another period, or another indicator', () => {
    expect(measurementRuleProblems(yearly, { period: '2024', municipalityId: wanzleben }, [county2024])).toEqual([]);
    expect(measurementRuleProblems(yearly, { period: '2025', municipalityId: null }, [county2024])).toEqual([]);
    expect(measurementRuleProblems(makeIndicator({ period: 'yearly' }), { period: '2024', municipalityId: null }, [county2024])).toEqual([]);
  });

  it('lets a measurement keep its own period when it is edited', () => {
    expect(measurementRuleProblems(yearly, { id: county2024.id, period: '2024', municipalityId: null }, [county2024])).toEqual([]);
  });

  it('does not count a deleted value', () => {
    const deleted = { ...county2024, deleted: true };
    expect(measurementRuleProblems(yearly, { period: '2024', municipalityId: null }, [deleted])).toEqual([]);
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
