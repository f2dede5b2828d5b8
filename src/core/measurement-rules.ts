// Rules for a measurement that no single record can check on its own. The schema checks each
// field; these checks need the indicator, its other measurements or today's date, so they
// live beside the schema and report Problems the same way, for the form to show beside the
// field. The form, the CSV import preview and the repository's write path all ask these
// rules, so a value one of them refuses cannot come in through another.
// - The period key has the shape of the indicator's measurement period.
// - The period has begun: a value for a period that starts after today is a plan, not a
//   measurement (the period in which today falls may hold a value measured so far).
// - The value fits the indicator's unit: a percentage lies between 0 and 100; other units
//   count or measure something (people, cases, days, per 1,000) and are never negative,
//   except units that name a change (Prozentpunkte, Saldo, Veränderung, Differenz).
// - An indicator holds one value per period and place (county-wide or one municipality).
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

export type ValueRange = { min: number | null; max: number | null };

const signedUnit = /prozentpunkt|saldo|veränderung|änderung|differenz|percentage point|change/i;
const percentUnit = /^(%|prozent|percent)/i;

/** The values an indicator's unit allows; null is open. */
export function valueRange(unit: string): ValueRange {
  const text = unit.trim();
  if (signedUnit.test(text)) return { min: null, max: null };
  if (percentUnit.test(text)) return { min: 0, max: 100 };
  return { min: 0, max: null };
}

export type MeasurementCandidate = Pick<Measurement, 'period' | 'municipalityId'> & {
  /** Left out, or not a number yet (a form still being filled in): not checked. */
  value?: number;
  /** The record being edited; absent for a new measurement. */
  id?: string;
};

type RuleIndicator = Pick<Indicator, 'id' | 'period' | 'unit'>;

/**
 * Problems of one measurement's period and value against its indicator and today (an ISO
 * date), without looking at other measurements. A period key that is not a period key at all
 * is left to the schema, which says so.
 */
export function measurementValueProblems(indicator: RuleIndicator, candidate: MeasurementCandidate, today: string): Problem[] {
  const problems: Problem[] = [];
  const period = candidate.period.trim();
  if (periodKey.safeParse(period).success) {
    if (!periodMatches(indicator.period, period)) {
      problems.push({ path: 'period', code: 'period_mismatch', params: { expected: periodExample(indicator.period, period.slice(0, 4)) } });
    } else if (periodStart(period) > today) {
      problems.push({ path: 'period', code: 'future_period', params: { period } });
    }
  }
  const { value } = candidate;
  if (value !== undefined && Number.isFinite(value)) {
    const range = valueRange(indicator.unit);
    if (range.max !== null && range.min !== null && (value < range.min || value > range.max)) {
      problems.push({ path: 'value', code: 'out_of_range', params: { min: range.min, max: range.max, unit: indicator.unit } });
    } else if (range.min !== null && value < range.min) {
      problems.push({ path: 'value', code: 'negative_value', params: { unit: indicator.unit } });
    }
  }
  return problems;
}

/**
 * Problems of a measurement against its indicator, today (an ISO date) and the indicator's
 * other measurements.
 */
export function measurementRuleProblems(
  indicator: RuleIndicator,
  candidate: MeasurementCandidate,
  measurements: Measurement[],
  today: string,
): Problem[] {
  const problems = measurementValueProblems(indicator, candidate, today);
  const period = candidate.period.trim();
  if (problems.some((p) => p.path === 'period') || !periodKey.safeParse(period).success) return problems;
  const taken = measurements.some(
    (m) =>
      !m.deleted &&
      m.id !== candidate.id &&
      m.indicatorId === indicator.id &&
      m.period === period &&
      m.municipalityId === candidate.municipalityId,
  );
  return taken ? [{ path: 'period', code: 'duplicate_measurement', params: { period } }, ...problems] : problems;
}

/** Newest period first; within a period the county-wide value before the municipalities'. */
export function byPeriodNewestFirst(a: Measurement, b: Measurement): number {
  const order = periodStart(b.period).localeCompare(periodStart(a.period));
  if (order !== 0) return order;
  return Number(a.municipalityId !== null) - Number(b.municipalityId !== null);
}
