// Building blocks shared by every record schema. Each runtime schema is the single source
// of its TypeScript type (z.infer), so what is validated and what is typed never drift apart.
import { z } from 'zod';
import { priorities } from '../vocabulary';

/** One version for the whole model; bumped with every change to a schema below. */
export const SCHEMA_VERSION = 3;

export const uuid = z.uuid();
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });

/** Required text: trimmed and not empty. */
export const text = (max = 500) => z.string().trim().min(1).max(max);
/** Optional text: empty means absent. */
export const optionalText = (max = 2000) => z.string().trim().max(max).default('');

export const priority = z.enum(priorities);
export type Priority = z.infer<typeof priority>;

/**
 * Target groups span everyone with a migration history, not refugees alone; the list is
 * the county's taxonomy and is also exported to HSDS as attributes.
 */
export const targetGroups = [
  'all_migrants',
  'refugees',
  'asylum_seekers',
  'ukrainians',
  'eu_citizens',
  'third_country_nationals',
  'skilled_workers',
  'repatriates',
  'students',
  'women',
  'young_people',
  'children',
  'families',
  'seniors',
] as const;
export const targetGroup = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof targetGroup>;

/** A BCP 47 language tag such as "de", "ar", "uk", "fa-AF" or "prs". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** Where a record came from: marks example data and values the example had to invent. */
export const provenance = z
  .object({
    example: z.boolean().default(false),
    invented: z.boolean().default(false),
    note: z.string().max(1000).default(''),
  })
  .optional();

/** The fields every stored record carries, for sync, history and tombstones. */
export const recordBase = {
  id: uuid,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedBy: z.string().trim().min(1).max(200),
  /**
   * Who made the revision, when another account sent it (src/core/bookkeeping.ts): shown beside
   * updatedBy, never asked by a rule. The server sets it from the sent record's updatedBy.
   */
  madeBy: z.string().trim().min(1).max(200).optional(),
  revision: z.number().int().min(1),
  deleted: z.boolean(),
  provenance,
};

/** A sourced figure: every number about a municipality has a reference date and a source. */
export const figure = z.object({
  value: z.number().nonnegative(),
  date: isoDate,
  source: text(1000),
  invented: z.boolean().default(false),
});
export type Figure = z.infer<typeof figure>;

/** Adds an issue when `from` is after `to`; both are ISO dates, so string order is date order. */
export function checkDateOrder(
  ctx: z.RefinementCtx,
  from: string | null | undefined,
  to: string | null | undefined,
  path: (string | number)[],
): void {
  if (from && to && from > to) {
    ctx.addIssue({ code: 'custom', path, params: { problem: 'date_order' }, message: 'date_order' });
  }
}

const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * For a rule across fields (superRefine): run it even when other fields of the record have
 * problems, as long as the fields it reads (dotted paths) have none. zod skips refinements once
 * any field failed, so a form showed "Ende liegt vor dem Anfangsdatum" only after the person
 * had fixed everything else; now both show at once.
 */
export function whenFieldsValid(...fields: string[]): z.core.$ZodSuperRefineParams {
  return {
    when: (payload) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !payload.issues.some((issue) => fields.some((field) => overlaps((issue.path ?? []).map(String).join('.'), field))),
  };
}
