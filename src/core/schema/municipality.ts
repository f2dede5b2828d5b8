import { z } from 'zod';
import { municipalityKinds } from '../vocabulary';
import { figure, isoDate, optionalText, recordBase, text, uuid, whenFieldsValid } from './common';

export const municipalityKind = z.enum(municipalityKinds);
export type MunicipalityKind = z.infer<typeof municipalityKind>;

export const nationalityCount = z.object({
  /** ISO 3166-1 alpha-2 code of the nationality, e.g. "SY", "UA". */
  country: z.string().regex(/^[A-Z]{2}$/),
  count: z.number().int().nonnegative(),
});

export const municipalitySchema = z
  .object({
    ...recordBase,
    name: text(200),
    kind: municipalityKind,
    /** The Verbandsgemeinde a member municipality belongs to. */
    parentId: uuid.nullable(),
    /** AGS (8 digits) for municipalities, Verbandsschlüssel (9 digits) for Verbandsgemeinden. */
    officialKey: z.string().regex(/^\d{8,9}$/),
    isTown: z.boolean().default(false),
    population: figure.nullable(),
    migrationBackground: figure.nullable(),
    foreignNationals: figure.nullable(),
    topNationalities: z
      .object({
        date: isoDate,
        source: text(1000),
        invented: z.boolean().default(false),
        entries: z.array(nationalityCount).max(20),
      })
      .nullable(),
    notes: optionalText(4000),
  })
  .superRefine((m, ctx) => {
    const needsParent = m.kind === 'mitgliedsgemeinde';
    if (needsParent !== (m.parentId !== null)) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], params: { problem: 'parent_kind' }, message: 'parent_kind' });
    }
  }, whenFieldsValid('kind', 'parentId'));
export type Municipality = z.infer<typeof municipalitySchema>;
