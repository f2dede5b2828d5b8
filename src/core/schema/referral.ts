// A referral is one tap on "referred" by a caseworker: which offer, where, which month.
// Nothing about the person is stored; counts are summed from these events.
import { z } from 'zod';
import { recordBase, uuid } from './common';

export const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const referralSchema = z.object({
  ...recordBase,
  offerId: uuid,
  /** Where the client lives or was advised; null when not given. */
  municipalityId: uuid.nullable(),
  month: monthKey,
});
export type Referral = z.infer<typeof referralSchema>;
