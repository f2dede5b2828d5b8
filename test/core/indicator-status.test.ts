import { describe, expect, it } from 'vitest';
import { assessIndicator, periodEnd } from '../../src/core/indicator-status';
import type { Indicator, Measurement } from '../../src/core/schema';
import { makeIndicator, makeMeasurement } from '../factories';

// The B1 pass rate should rise from 40 % (end of 2023) to 60 % (end of 2025): halfway, at the
// end of 2024, the path stands at about 50 %. A quarter of the way is 5 points.
const passRate = makeIndicator({
  direction: 'higher_better',
  baseline: { value: 40, date: '2023-12-31' },
  target: { value: 60, date: '2025-12-31' },
  warningThreshold: null,
  period: 'yearly',
});

function countyValue(indicator: Indicator, period: string, value: number, overrides: Partial<Measurement> = {}): Measurement {
  return makeMeasurement({ indicatorId: indicator.id, period, value, municipalityId: null, ...overrides });
}

describe('the status of an indicator', () => {
  it('is on track when the latest value is at or ahead of the path', () => {
    const result = assessIndicator(passRate, [countyValue(passRate, '2024', 52)]);
    expect(result.status).toBe('on_track');
    expect(result.expected).toBeCloseTo(50, 1);
    expect(result.latest?.value).toBe(52);
  });

  it('is at risk when it is behind by at most a quarter of the way', () => {
    expect(assessIndicator(passRate, [countyValue(passRate, '2024', 47)]).status).toBe('at_risk');
  });

  it('is off track when it is further behind', () => {
    const result = assessIndicator(passRate, [countyValue(passRate, '2024', 43)]);
    expect(result.status).toBe('off_track');
    expect(result.thresholdCrossed).toBe(false);
  });

  it('has no data before the first county-wide value', () => {
    expect(assessIndicator(passRate, [])).toMatchObject({ status: 'no_data', latest: null, expected: null, thresholdCrossed: false, stale: false, reasons: [{ code: 'no_data' }] });
  });

  it('ignores values of other indicators and deleted values', () => {
    const other = makeIndicator();
    const result = assessIndicator(passRate, [
      countyValue(other, '2024', 90),
      countyValue(passRate, '2024', 90, { deleted: true }),
    ]);
    expect(result.status).toBe('no_data');
  });

  it('is off track as soon as the warning threshold is crossed, even when close to the path', () => {
    const guarded = { ...passRate, warningThreshold: 48 };
    const result = assessIndicator(guarded, [countyValue(guarded, '2024', 47)]);
    expect(result).toMatchObject({ status: 'off_track', thresholdCrossed: true });
  });

  it('compares a period at its end: the 2024 value against the path at the end of 2024', () => {
    // At the start of 2024 the path would still be at 40, and 47 would look well ahead.
    expect(assessIndicator(passRate, [countyValue(passRate, '2024', 47)]).expected).toBeGreaterThan(49);
  });
});

describe('an indicator where lower is better', () => {
  // Course dropouts should fall from 20 % to 10 %: about 15 % at the end of 2024.
  const dropouts = makeIndicator({
    direction: 'lower_better',
    baseline: { value: 20, date: '2023-12-31' },
    target: { value: 10, date: '2025-12-31' },
    warningThreshold: 18,
    period: 'yearly',
  });

  it('is on track below the path', () => {
    expect(assessIndicator(dropouts, [countyValue(dropouts, '2024', 14)]).status).toBe('on_track');
  });

  it('is at risk slightly above the path', () => {
    expect(assessIndicator(dropouts, [countyValue(dropouts, '2024', 17)]).status).toBe('at_risk');
  });

  it('crosses its threshold by rising above it', () => {
    const result = assessIndicator(dropouts, [countyValue(dropouts, '2024', 18.5)]);
    expect(result).toMatchObject({ status: 'off_track', thresholdCrossed: true });
  });
});

describe('the path from baseline to target', () => {
  it('is held flat at the target once the target date has passed', () => {
    const late = assessIndicator(passRate, [countyValue(passRate, '2030', 59)]);
    expect(late.expected).toBe(60);
    expect(late.status).toBe('at_risk');
    expect(assessIndicator(passRate, [countyValue(passRate, '2031', 61)]).status).toBe('on_track');
  });

  it('ends each period on its last day', () => {
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(periodEnd('2024-Q1')).toBe('2024-03-31');
    expect(periodEnd('2024-Q4')).toBe('2024-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2025-02')).toBe('2025-02-28');
  });
});

describe('which value counts as the latest', () => {
  it('is the latest period, not the value entered last', () => {
    const result = assessIndicator(passRate, [countyValue(passRate, '2025', 61), countyValue(passRate, '2024', 30)]);
    expect(result.latest?.period).toBe('2025');
    expect(result.status).toBe('on_track');
  });

  it('orders quarters by time', () => {
    const quarterly = { ...passRate, period: 'quarterly' as const };
    const result = assessIndicator(quarterly, [
      countyValue(quarterly, '2024-Q4', 51),
      countyValue(quarterly, '2024-Q2', 30),
    ]);
    expect(result.latest?.period).toBe('2024-Q4');
  });

  it('is the county-wide value: municipality values do not decide the county status', () => {
    const haldensleben = '00000000-0000-4000-8000-00000000aaaa';
    const result = assessIndicator(passRate, [
      countyValue(passRate, '2024', 52),
      countyValue(passRate, '2025', 20, { municipalityId: haldensleben }),
    ]);
    expect(result.latest?.period).toBe('2024');
    expect(result.status).toBe('on_track');
    expect(assessIndicator(passRate, [countyValue(passRate, '2025', 20, { municipalityId: haldensleben })]).status).toBe('no_data');
  });
});

describe('edges of the status rules', () => {
  it('judges a single point against the path: one value is enough for a status, not for a trend', () => {
    const result = assessIndicator(passRate, [countyValue(passRate, '2024', 51)]);
    expect(result.status).toBe('on_track');
    expect(result.adverse).toBeNull();
    expect(result.reasons.map((r) => r.code)).toEqual(['on_path']);
  });

  it('says the target is reached when a value meets it early', () => {
    const result = assessIndicator(passRate, [countyValue(passRate, '2024', 60)]);
    expect(result.status).toBe('on_track');
    expect(result.reasons).toContainEqual({ code: 'target_reached', value: 60, target: 60, period: '2024' });
  });

  it('does not count a value exactly at the warning threshold as crossed; just past it does', () => {
    const guarded = { ...passRate, warningThreshold: 48 };
    const at = assessIndicator(guarded, [countyValue(guarded, '2024', 48)]);
    expect(at.thresholdCrossed).toBe(false);
    expect(at.status).toBe('at_risk');
    const past = assessIndicator(guarded, [countyValue(guarded, '2024', 47.9)]);
    expect(past.thresholdCrossed).toBe(true);
    expect(past.reasons[0]).toEqual({ code: 'threshold_crossed', value: 47.9, threshold: 48, period: '2024' });
  });

  it('puts the expected value today on the path when a day is given', () => {
    expect(assessIndicator(passRate, [], '2024-12-31').expectedToday).toBeCloseTo(50, 1);
    expect(assessIndicator(passRate, []).expectedToday).toBeNull();
  });
});

describe('a stale indicator', () => {
  it('is stale in 2026 when the latest value is for 2024: the whole of 2025 passed without one', () => {
    const values = [countyValue(passRate, '2024', 52)];
    expect(assessIndicator(passRate, values, '2025-12-31').stale).toBe(false);
    const stale = assessIndicator(passRate, values, '2026-01-01');
    expect(stale.stale).toBe(true);
    expect(stale.reasons).toContainEqual({ code: 'stale', lastPeriod: '2024', periods: 1 });
    expect(stale.status).toBe('on_track');
    expect(assessIndicator(passRate, values, '2027-06-01').reasons).toContainEqual({ code: 'stale', lastPeriod: '2024', periods: 2 });
  });

  it('counts quarters for a quarterly indicator', () => {
    const quarterly = { ...passRate, period: 'quarterly' as const };
    const values = [countyValue(quarterly, '2025-Q2', 55)];
    expect(assessIndicator(quarterly, values, '2025-09-30').stale).toBe(false);
    expect(assessIndicator(quarterly, values, '2025-10-01').reasons).toContainEqual({ code: 'stale', lastPeriod: '2025-Q2', periods: 1 });
    expect(assessIndicator(quarterly, values, '2026-01-02').reasons).toContainEqual({ code: 'stale', lastPeriod: '2025-Q2', periods: 2 });
  });

  it('is never stale without data or without a day to compare with', () => {
    expect(assessIndicator(passRate, [], '2030-01-01').stale).toBe(false);
    expect(assessIndicator(passRate, [countyValue(passRate, '2020', 41)]).stale).toBe(false);
  });
});

describe('an early warning inside the status', () => {
  it('turns an on-path indicator at risk when it slid two periods in a row', () => {
    const slow = { ...passRate, baseline: { value: 40, date: '2019-12-31' }, target: { value: 60, date: '2030-12-31' } };
    const result = assessIndicator(slow, [countyValue(slow, '2022', 58), countyValue(slow, '2023', 54), countyValue(slow, '2024', 51)]);
    expect(result.status).toBe('at_risk');
    expect(result.reasons).toContainEqual({ code: 'moving_away', periods: ['2022', '2023', '2024'], values: [58, 54, 51] });
  });
});
