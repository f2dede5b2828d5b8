// The directory of providers, their offers and locations (mapped to Open Referral HSDS).
import { z } from 'zod';
import { isoDate, languageTag, optionalText, recordBase, targetGroup, text, uuid, whenFieldsValid } from './common';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * A time of day as people type it, read as the stored HH:MM: "9" and "9 Uhr" → "09:00";
 * "9.30", "9:30", "9,30", "930" and "0930" → "09:30". Anything else (or an hour past 23,
 * a minute past 59) comes back trimmed as typed, for the schema to refuse with its message.
 */
export function readTime(typed: string): string {
  const value = typed.trim();
  const match = /^(\d{1,2})(?:[:.,]?(\d{2}))?(?:\s*(?:uhr|h))?$/i.exec(value);
  if (!match) return value;
  const hours = match[1]!;
  const minutes = match[2] ?? '00';
  if (Number(hours) > 23 || Number(minutes) > 59) return value;
  return `${hours.padStart(2, '0')}:${minutes}`;
}

export const openingSlot = z
  .object({
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: z.number().int().min(1).max(7),
    opens: time,
    closes: time,
  })
  .superRefine((s, ctx) => {
    if (s.opens >= s.closes) {
      ctx.addIssue({ code: 'custom', path: ['closes'], params: { problem: 'time_order' }, message: 'time_order' });
    }
  }, whenFieldsValid('opens', 'closes'));
export type OpeningSlot = z.infer<typeof openingSlot>;

export const openingHours = z.array(openingSlot).max(28);

export const contact = z.object({
  email: z.union([z.literal(''), z.email()]).default(''),
  /** German or international phone number: digits with optional +, spaces, slashes, hyphens. */
  phone: z.union([z.literal(''), z.string().regex(/^\+?[0-9][0-9 /()-]{4,24}$/)]).default(''),
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
});
export type Contact = z.infer<typeof contact>;

export const address = z.object({
  street: text(200),
  postcode: z.string().regex(/^\d{5}$/),
  city: text(200),
});
export type Address = z.infer<typeof address>;

export const accessibility = z.object({
  wheelchair: z.boolean(),
  note: optionalText(1000),
});

export const providerSchema = z.object({
  ...recordBase,
  name: text(300),
  kind: optionalText(300),
  description: optionalText(4000),
  contact,
  address: address.nullable(),
  languages: z.array(languageTag).max(40),
  targetGroups: z.array(targetGroup).max(20),
  fieldIds: z.array(uuid).max(30),
  lastVerified: isoDate,
  archived: z.boolean().default(false),
});
export type Provider = z.infer<typeof providerSchema>;

export const locationSchema = z.object({
  ...recordBase,
  providerId: uuid,
  name: text(300),
  address,
  municipalityId: uuid.nullable(),
  openingHours,
  accessibility,
  directions: optionalText(2000),
  lastVerified: isoDate,
  archived: z.boolean().default(false),
});
export type Location = z.infer<typeof locationSchema>;

/** An offer's text in another language, for hand-outs; missing parts fall back to German. */
export const offerTranslation = z.object({
  name: z.string().trim().max(300).default(''),
  description: text(4000),
  practicalNotes: optionalText(2000),
});
export type OfferTranslation = z.infer<typeof offerTranslation>;

/** For courses: when the next ones start and whether a place is free. */
export const courseInfo = z.object({
  nextStartDates: z.array(isoDate).max(20),
  freePlaces: z.number().int().nonnegative().nullable(),
  waitingList: z.boolean(),
});
export type CourseInfo = z.infer<typeof courseInfo>;

export const offerSchema = z.object({
  ...recordBase,
  providerId: uuid,
  name: text(300),
  description: text(4000),
  keywords: z.array(text(80)).max(40),
  locationIds: z.array(uuid).max(50),
  /** Where the offer is available; empty means county-wide. */
  municipalityIds: z.array(uuid).max(60),
  contact,
  languages: z.array(languageTag).max(40),
  targetGroups: z.array(targetGroup).max(20),
  fieldIds: z.array(uuid).max(30),
  cost: z.object({ free: z.boolean(), note: optionalText(1000) }),
  eligibility: optionalText(2000),
  /** What to bring, how to get there, whom to ask for: printed on the hand-out. */
  practicalNotes: optionalText(2000),
  openingHours,
  accessibility,
  course: courseInfo.nullable().default(null),
  /** Keyed by language tag (ar, uk, ru, en, fa, prs, tr, ti …); German is the offer itself. */
  translations: z.record(languageTag, offerTranslation).default({}),
  lastVerified: isoDate,
  archived: z.boolean().default(false),
});
export type Offer = z.infer<typeof offerSchema>;
