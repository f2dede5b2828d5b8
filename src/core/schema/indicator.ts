import { z } from 'zod';
import { directions, measurementPeriods } from '../vocabulary';
import { checkDateOrder, isoDate, optionalText, recordBase, text, uuid, whenFieldsValid } from './common';

export const direction = z.enum(directions);
export type Direction = z.infer<typeof direction>;
export const measurementPeriod = z.enum(measurementPeriods);
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
  .superRefine((i, ctx) => checkDateOrder(ctx, i.baseline.date, i.target.date, ['target', 'date']), whenFieldsValid('baseline.date', 'target.date'));
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
