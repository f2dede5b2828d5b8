// An indicator's status compares its latest county-wide measurement with where it should be
// at the end of that measurement's period on the straight path from baseline to target.
// - on_track: at or better than the expected value;
// - at_risk: behind, by at most a quarter of the whole way from baseline to target;
// - off_track: further behind, or past the warning threshold;
// - no_data: no county-wide measurement yet.
// "Better" respects the direction: for lower-is-better indicators smaller values are better.
// A period's value describes the whole period (the 2024 value is known at the end of 2024),
// so it is held against the path at the period's last day, not its first: otherwise a yearly
// value right after a year-end baseline would be measured against the baseline itself.
import type { Indicator, Measurement } from './schema';
import { periodStart } from './schema';

export type IndicatorStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export type IndicatorAssessment = {
  status: IndicatorStatus;
  latest: Measurement | null;
  /** Where the indicator should be at the end of the latest measurement's period. */
  expected: number | null;
  thresholdCrossed: boolean;
};

const AT_RISK_SHARE = 0.25;

function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}

/** The last day of a period key: "2024" → 2024-12-31, "2024-Q1" → 2024-03-31, "2024-02" → 2024-02-29. */
export function periodEnd(key: string): string {
  const [year, rest] = key.split('-');
  const lastMonth = !rest ? 12 : rest.startsWith('Q') ? Number(rest.slice(1)) * 3 : Number(rest);
  // Day 0 of the following month is the last day of this one.
  const last = new Date(Date.UTC(Number(year), lastMonth, 0));
  return last.toISOString().slice(0, 10);
}

/** The value on the straight path from baseline to target at a date, held flat outside it. */
export function expectedValue(indicator: Pick<Indicator, 'baseline' | 'target'>, isoDate: string): number {
  const { baseline, target } = indicator;
  const from = dayNumber(baseline.date);
  const to = dayNumber(target.date);
  if (to <= from) return target.value;
  const share = Math.min(1, Math.max(0, (dayNumber(isoDate) - from) / (to - from)));
  return baseline.value + (target.value - baseline.value) * share;
}

/** How much better `value` is than `reference`, in the indicator's direction (negative: worse). */
export function betterBy(indicator: Pick<Indicator, 'direction'>, value: number, reference: number): number {
  return indicator.direction === 'higher_better' ? value - reference : reference - value;
}

/**
 * The latest county-wide measurement of an indicator (municipality breakdowns are not mixed
 * in). Should one period hold two county-wide values (an import can bring that), the one
 * changed last counts.
 */
export function latestMeasurement(measurements: Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of measurements) {
    if (m.deleted || m.municipalityId !== null) continue;
    if (!latest) {
      latest = m;
      continue;
    }
    const order = periodStart(m.period).localeCompare(periodStart(latest.period));
    if (order > 0 || (order === 0 && m.updatedAt > latest.updatedAt)) latest = m;
  }
  return latest;
}

export function assessIndicator(indicator: Indicator, measurements: Measurement[]): IndicatorAssessment {
  const latest = latestMeasurement(measurements.filter((m) => m.indicatorId === indicator.id));
  if (!latest) return { status: 'no_data', latest: null, expected: null, thresholdCrossed: false };
  const expected = expectedValue(indicator, periodEnd(latest.period));
  const threshold = indicator.warningThreshold;
  const thresholdCrossed = threshold !== null && betterBy(indicator, latest.value, threshold) < 0;
  const span = Math.abs(indicator.target.value - indicator.baseline.value);
  const lead = betterBy(indicator, latest.value, expected);
  let status: IndicatorStatus;
  if (thresholdCrossed) status = 'off_track';
  else if (lead >= 0) status = 'on_track';
  else status = -lead <= span * AT_RISK_SHARE ? 'at_risk' : 'off_track';
  return { status, latest, expected, thresholdCrossed };
}
