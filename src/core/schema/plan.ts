// The concept's plan: fields of action hold goals, measures implement goals.
import { z } from 'zod';
import { measureStatuses } from '../vocabulary';
import { checkDateOrder, isoDate, optionalText, priority, recordBase, targetGroup, text, uuid, whenFieldsValid } from './common';

export const fieldOfActionSchema = z.object({
  ...recordBase,
  /** Short stable key, e.g. "sprache"; used in URLs of exports and as taxonomy code. */
  code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/),
  name: text(200),
  description: optionalText(4000),
  order: z.number().int().min(0),
});
export type FieldOfAction = z.infer<typeof fieldOfActionSchema>;

export const goalSchema = z.object({
  ...recordBase,
  fieldId: uuid,
  title: text(300),
  description: optionalText(4000),
  priority,
  targetDate: isoDate.nullable(),
});
export type Goal = z.infer<typeof goalSchema>;

export const measureStatus = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof measureStatus>;

export const progressNote = z.object({
  id: uuid,
  date: isoDate,
  text: text(4000),
  author: text(200),
});
export type ProgressNote = z.infer<typeof progressNote>;

export const measureSchema = z
  .object({
    ...recordBase,
    goalIds: z.array(uuid).min(1).max(20),
    title: text(300),
    description: optionalText(4000),
    status: measureStatus,
    responsibleUnit: text(200),
    partnerProviderIds: z.array(uuid).max(50),
    targetGroups: z.array(targetGroup).max(20),
    /** Empty means county-wide. */
    municipalityIds: z.array(uuid).max(60),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    staffHoursPerYear: z.number().nonnegative().max(100_000),
    /** Euro per year. */
    budgetPerYear: z.number().nonnegative().max(100_000_000),
    progressNotes: z.array(progressNote).max(500),
  })
  .superRefine((m, ctx) => checkDateOrder(ctx, m.start, m.end, ['end']), whenFieldsValid('start', 'end'));
export type Measure = z.infer<typeof measureSchema>;
