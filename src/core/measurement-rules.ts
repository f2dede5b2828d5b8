// Rules for a measurement that no single record can check on its own: its period key must
// have the shape of its indicator's measurement period, and an indicator holds one value per
// period and place (county-wide or one municipality). The schema checks each field; these
// checks need the indicator and its other measurements, so they live beside the schema and
// report Problems the same way, for the form to show beside the period field.
import type { Indicator, Measurement, MeasurementPeriod } from './schema';
import { periodMatches, periodStart } from './periods';
import { periodKey } from './schema';
import type { Problem } from './validation';

/** A period key of the indicator's shape in the given year: 2025, 2025-Q1 or 2025-01. */
export function periodExample(period: MeasurementPeriod, year: string): string {
  if (period === 'quarterly') return `${year}-Q1`;
  if (period === 'monthly') return `${year}-01`;
  return year;
}

export type MeasurementCandidate = Pick<Measurement, 'period' | 'municipalityId'> & {
  /** The record being edited; absent for a new measurement. */
  id?: string;
};

/**
 * Problems of a measurement against its indicator and the indicator's other measurements.
 * A period key that is not a period key at all is left to the schema, which says so.
 */
export function measurementRuleProblems(
  indicator: Pick<Indicator, 'id' | 'period'>,
  candidate: MeasurementCandidate,
  measurements: Measurement[],
): Problem[] {
  const period = candidate.period.trim();
  if (!periodKey.safeParse(period).success) return [];
  if (!periodMatches(indicator.period, period)) {
    return [{ path: 'period', code: 'period_mismatch', params: { expected: periodExample(indicator.period, period.slice(0, 4)) } }];
  }
  const taken = measurements.some(
    (m) =>
      !m.deleted &&
      m.id !== candidate.id &&
      m.indicatorId === indicator.id &&
      m.period === period &&
      m.municipalityId === candidate.municipalityId,
  );
  return taken ? [{ path: 'period', code: 'duplicate_measurement', params: { period } }] : [];
}

/** Newest period first; within a period the county-wide value before the municipalities'. */
export function byPeriodNewestFirst(a: Measurement, b: Measurement): number {
  const order = periodStart(b.period).localeCompare(periodStart(a.period));
  if (order !== 0) return order;
  return Number(a.municipalityId !== null) - Number(b.municipalityId !== null);
}
