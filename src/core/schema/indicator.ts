import { z } from 'zod';
import { checkDateOrder, isoDate, optionalText, recordBase, text, uuid } from './common';

export const direction = z.enum(['higher_better', 'lower_better']);
export type Direction = z.infer<typeof direction>;
export const measurementPeriod = z.enum(['monthly', 'quarterly', 'yearly']);
export type MeasurementPeriod = z.infer<typeof measurementPeriod>;

export const datedValue = z.object({ value: z.number().finite(), date: isoDate });
export type DatedValue = z.infer<typeof datedValue>;

export const indicatorSchema = z
  .object({
    ...recordBase,
    name: text(300),
    definition: text(4000),
    unit: text(40),
    dataSource: text(1000),
    direction,
    baseline: datedValue,
    target: datedValue,
    /** Crossing it (below for higher-is-better, above for lower-is-better) raises a warning. */
    warningThreshold: z.number().finite().nullable(),
    period: measurementPeriod,
    goalIds: z.array(uuid).max(50),
    measureIds: z.array(uuid).max(50),
    byMunicipality: z.boolean(),
  })
  .superRefine((i, ctx) => checkDateOrder(ctx, i.baseline.date, i.target.date, ['target', 'date']));
export type Indicator = z.infer<typeof indicatorSchema>;

/** "2024", "2024-Q2" or "2024-05", by the indicator's measurement period. */
export const periodKey = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/);

export const measurementSchema = z.object({
  ...recordBase,
  indicatorId: uuid,
  period: periodKey,
  value: z.number().finite(),
  /** null: the value is for the whole county. */
  municipalityId: uuid.nullable(),
  source: text(1000),
  note: optionalText(2000),
});
export type Measurement = z.infer<typeof measurementSchema>;

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
