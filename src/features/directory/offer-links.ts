// Which measures an offer contributes to. The data model links measures to providers
// (partnerProviderIds), not to offers, so the rule is: a measure counts when it names the
// offer's provider as partner AND one of its goals lies in a field of action of the offer.
// An offer without fields of action takes every measure its provider is partner in, since
// nothing narrows it. A provider with many offers thus does not attach every one of them to
// every measure it joins.
import type { Goal, Measure, Offer } from '../../core/schema';

export function contributingMeasures(offer: Pick<Offer, 'fieldIds'>, partnerMeasures: readonly Measure[], goals: readonly Pick<Goal, 'id' | 'fieldId'>[]): Measure[] {
  if (offer.fieldIds.length === 0) return [...partnerMeasures];
  const fieldOfGoal = new Map(goals.map((g) => [g.id, g.fieldId]));
  const fields = new Set(offer.fieldIds);
  return partnerMeasures.filter((m) => m.goalIds.some((id) => fields.has(fieldOfGoal.get(id) ?? '')));
}

/** "2025-03" for today's date: referrals are counted per month. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
