// Adverse development: an early warning that looks at the direction of travel, not at the path.
// An indicator is flagged when
// - its latest county-wide value is past the warning threshold (exactly at it is not past), or
// - its last three county-wide values (consecutive measured periods, gaps allowed) got worse
//   twice in a row in the indicator's direction, and the latest is not at or better than the
//   target: a slide that stays beyond a target reached early is not a warning.
// A flat step (same value) breaks the run. The threshold wins when both apply.
import type { Indicator, Measurement } from './schema';
import { countySeries } from './series';

export type AdverseDevelopment = {
  reason: 'moving_away_two_periods' | 'threshold_crossed';
  /** The periods the warning rests on, oldest first. */
  periods: string[];
  values: number[];
};

const worse = (indicator: Pick<Indicator, 'direction'>, value: number, reference: number) =>
  indicator.direction === 'higher_better' ? value < reference : value > reference;

/** Whether and why an indicator develops adversely; `measurements` may hold other indicators' too. */
export function adverseDevelopment(
  indicator: Pick<Indicator, 'id' | 'direction' | 'warningThreshold' | 'target'>,
  measurements: Measurement[],
): AdverseDevelopment | null {
  return adverseInSeries(indicator, countySeries(measurements.filter((m) => m.indicatorId === indicator.id)));
}

/** The same check on a county series already built (oldest first), for callers that have one. */
export function adverseInSeries(
  indicator: Pick<Indicator, 'direction' | 'warningThreshold' | 'target'>,
  series: Measurement[],
): AdverseDevelopment | null {
  const latest = series.at(-1);
  if (!latest) return null;
  const threshold = indicator.warningThreshold;
  if (threshold !== null && worse(indicator, latest.value, threshold)) {
    return { reason: 'threshold_crossed', periods: [latest.period], values: [latest.value] };
  }
  const lastThree = series.slice(-3);
  if (lastThree.length < 3) return null;
  const [a, b, c] = lastThree as [Measurement, Measurement, Measurement];
  const targetMet = !worse(indicator, c.value, indicator.target.value);
  if (worse(indicator, b.value, a.value) && worse(indicator, c.value, b.value) && !targetMet) {
    return { reason: 'moving_away_two_periods', periods: lastThree.map((m) => m.period), values: lastThree.map((m) => m.value) };
  }
  return null;
}
