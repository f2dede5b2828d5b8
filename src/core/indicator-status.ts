// An indicator's status compares its latest county-wide measurement with where it should be
// at the end of that measurement's period on the straight path from baseline to target.
// - on_track: at or better than the expected value;
// - at_risk: behind, by at most a quarter of the whole way from baseline to target, or on the
//   path but moving away from the target two periods in a row (an early warning);
// - off_track: further behind, or past the warning threshold;
// - no_data: no county-wide measurement yet.
// "Better" respects the direction: for lower-is-better indicators smaller values are better.
// A value exactly at the warning threshold has not crossed it: crossing means going past it.
// A period's value describes the whole period (the 2024 value is known at the end of 2024),
// so it is held against the path at the period's last day, not its first: otherwise a yearly
// value right after a year-end baseline would be measured against the baseline itself.
// Stale: the period after the latest measured one has ended without a value, i.e. more than
// one period lies between the latest measured period and the period holding today (in 2026 a
// yearly indicator last measured for 2024 is stale; last measured for 2025 it is not).
// Staleness is reported as a reason; it does not change the status.
import { adverseInSeries } from './adverse';
import type { AdverseDevelopment } from './adverse';
import type { Indicator, Measurement } from './schema';
import { periodStart } from './periods';
import { countySeries } from './series';

export { countySeries };

export type IndicatorStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** Why an indicator has its status: data only; the UI words it. */
export type Reason =
  | { code: 'no_data' }
  | { code: 'threshold_crossed'; value: number; threshold: number; period: string }
  | { code: 'behind_path'; value: number; expected: number; period: string }
  | { code: 'on_path'; value: number; expected: number; period: string }
  | { code: 'target_reached'; value: number; target: number; period: string }
  | { code: 'stale'; lastPeriod: string; periods: number }
  | { code: 'moving_away'; periods: string[]; values: number[] };

export type IndicatorAssessment = {
  status: IndicatorStatus;
  latest: Measurement | null;
  /** Where the indicator should be at the end of the latest measurement's period. */
  expected: number | null;
  /** Where the indicator should be today on its path (null when no `today` was given). */
  expectedToday: number | null;
  thresholdCrossed: boolean;
  stale: boolean;
  adverse: AdverseDevelopment | null;
  reasons: Reason[];
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

/** A period key as a running count of periods of its kind, so two keys can be subtracted. */
function periodIndex(key: string): number {
  const [year, rest] = key.split('-');
  const y = Number(year);
  if (!rest) return y;
  if (rest.startsWith('Q')) return y * 4 + Number(rest.slice(1)) - 1;
  return y * 12 + Number(rest) - 1;
}

/** The key of the period of the same kind as `like` that holds an ISO date. */
function periodHolding(like: string, isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  const rest = like.split('-')[1];
  if (!rest) return year;
  if (rest.startsWith('Q')) return `${year}-Q${Math.ceil(month / 3)}`;
  return isoDate.slice(0, 7);
}

/**
 * How many whole periods have passed without a value since the latest measured period, as of
 * today: 0 while the next period is still running.
 */
export function missedPeriods(latestPeriod: string, today: string): number {
  const gap = periodIndex(periodHolding(latestPeriod, today)) - periodIndex(latestPeriod);
  return Math.max(0, gap - 1);
}

/** The latest county-wide measurement of an indicator (municipality breakdowns are not mixed in). */
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

/**
 * Assesses one indicator. `measurements` may hold other indicators' values too (they are
 * skipped); callers assessing many indicators should group by indicator first.
 * `today` (an ISO date) enables the expected value today and the staleness check.
 */
export function assessIndicator(indicator: Indicator, measurements: Measurement[], today?: string): IndicatorAssessment {
  const own = measurements.filter((m) => m.indicatorId === indicator.id);
  const series = countySeries(own);
  const latest = series.at(-1) ?? null;
  const expectedToday = today ? expectedValue(indicator, today) : null;
  if (!latest) {
    return { status: 'no_data', latest: null, expected: null, expectedToday, thresholdCrossed: false, stale: false, adverse: null, reasons: [{ code: 'no_data' }] };
  }
  const reasons: Reason[] = [];
  const expected = expectedValue(indicator, periodEnd(latest.period));
  const threshold = indicator.warningThreshold;
  const thresholdCrossed = threshold !== null && betterBy(indicator, latest.value, threshold) < 0;
  const span = Math.abs(indicator.target.value - indicator.baseline.value);
  const lead = betterBy(indicator, latest.value, expected);
  const adverse = adverseInSeries(indicator, series);
  const at = { value: latest.value, period: latest.period };

  let status: IndicatorStatus;
  if (thresholdCrossed) {
    status = 'off_track';
    reasons.push({ code: 'threshold_crossed', ...at, threshold });
  } else if (lead < 0) {
    status = -lead <= span * AT_RISK_SHARE ? 'at_risk' : 'off_track';
    reasons.push({ code: 'behind_path', ...at, expected });
  } else {
    status = 'on_track';
    if (betterBy(indicator, latest.value, indicator.target.value) >= 0) reasons.push({ code: 'target_reached', ...at, target: indicator.target.value });
    else reasons.push({ code: 'on_path', ...at, expected });
  }
  // A threshold crossing is already the strongest reason; a two-period slide is added as a warning.
  if (adverse?.reason === 'moving_away_two_periods') {
    reasons.push({ code: 'moving_away', periods: adverse.periods, values: adverse.values });
    if (status === 'on_track') status = 'at_risk';
  }
  const missed = today ? missedPeriods(latest.period, today) : 0;
  if (missed > 0) reasons.push({ code: 'stale', lastPeriod: latest.period, periods: missed });
  return { status, latest, expected, expectedToday, thresholdCrossed, stale: missed > 0, adverse, reasons };
}
