// Referral counts: each tap on "Vermittelt" is one stored event (offer, municipality, month),
// never anything about the person. Counts are summed here, and the monthly totals can be
// written into a monthly indicator as county-wide measurements.
import type { Measurement, Referral } from './schema';

export type ReferralCount = { offerId: string; municipalityId: string | null; month: string; count: number };

/** Counts per offer, municipality and month; newest month first, then most referrals. */
export function countReferrals(referrals: readonly Pick<Referral, 'offerId' | 'municipalityId' | 'month'>[]): ReferralCount[] {
  const counts = new Map<string, ReferralCount>();
  for (const r of referrals) {
    const key = `${r.month}|${r.offerId}|${r.municipalityId ?? ''}`;
    const row = counts.get(key) ?? { offerId: r.offerId, municipalityId: r.municipalityId, month: r.month, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => b.month.localeCompare(a.month) || b.count - a.count || a.offerId.localeCompare(b.offerId));
}

/** Referrals per month, oldest month first. */
export function monthlyTotals(referrals: readonly Pick<Referral, 'month'>[]): { month: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const r of referrals) totals.set(r.month, (totals.get(r.month) ?? 0) + 1);
  return [...totals.entries()].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month));
}

export const REFERRAL_SOURCE = 'Vermittlungszählung der App';

export type MeasurementPlan = {
  create: { period: string; value: number }[];
  update: { id: string; value: number }[];
  unchanged: number;
};

/**
 * What to write so the indicator holds one county-wide measurement per month with that
 * month's total: existing county-wide measurements of the month are updated (if their value
 * differs), missing ones created. Measurements of other months are left alone.
 */
export function referralMeasurements(
  totals: readonly { month: string; count: number }[],
  existing: readonly Pick<Measurement, 'id' | 'period' | 'value' | 'municipalityId'>[],
): MeasurementPlan {
  const countyWide = new Map(existing.filter((m) => m.municipalityId === null).map((m) => [m.period, m]));
  const plan: MeasurementPlan = { create: [], update: [], unchanged: 0 };
  for (const { month, count } of totals) {
    const current = countyWide.get(month);
    if (!current) plan.create.push({ period: month, value: count });
    else if (current.value !== count) plan.update.push({ id: current.id, value: count });
    else plan.unchanged += 1;
  }
  return plan;
}
