// Measurement period keys ("2024", "2024-Q3", "2024-07"), without the validation library, so
// the status logic of the first screen can order series by them.
import type { measurementPeriods } from './vocabulary';

type MeasurementPeriod = (typeof measurementPeriods)[number];

const periodPatterns: Record<MeasurementPeriod, RegExp> = {
  yearly: /^\d{4}$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
};

/** Whether a period key has the shape the indicator's measurement period asks for. */
export function periodMatches(period: MeasurementPeriod, key: string): boolean {
  return periodPatterns[period].test(key);
}

/** The first day of a period key, for ordering and charting. */
export function periodStart(key: string): string {
  const [year, rest] = key.split('-');
  if (!rest) return `${year}-01-01`;
  if (rest.startsWith('Q')) {
    const month = (Number(rest.slice(1)) - 1) * 3 + 1;
    return `${year}-${String(month).padStart(2, '0')}-01`;
  }
  return `${year}-${rest}-01`;
}
