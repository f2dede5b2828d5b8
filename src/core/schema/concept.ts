import { z } from 'zod';
import { conceptStatuses } from '../vocabulary';
import { checkDateOrder, isoDate, optionalText, recordBase, text, uuid, whenFieldsValid } from './common';

export const conceptStatus = z.enum(conceptStatuses);
export type ConceptStatus = z.infer<typeof conceptStatus>;

export const principle = z.object({
  id: uuid,
  title: text(200),
  text: optionalText(4000),
});
export type Principle = z.infer<typeof principle>;

export const conceptSchema = z
  .object({
    ...recordBase,
    county: z.object({
      name: text(200),
      /** Amtlicher Kreisschlüssel: 5 digits (e.g. 15083). */
      officialKey: z.string().regex(/^\d{5}$/),
    }),
    title: text(300),
    vision: optionalText(8000),
    /** The Leitbild, in the order the council adopted it. */
    principles: z.array(principle).max(50),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    status: conceptStatus,
    adoptedOn: isoDate.nullable().default(null),
  })
  .superRefine((c, ctx) => checkDateOrder(ctx, c.validFrom, c.validTo, ['validTo']), whenFieldsValid('validFrom', 'validTo'));
export type Concept = z.infer<typeof conceptSchema>;
