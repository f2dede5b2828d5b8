// A provider's place in the concept's network: the measures it is partner in, the fields
// of action it works in (its own, its offers', and those of its measures' goals), and the
// other providers it shares measures with, most shared first.
import type { Goal, Measure, Offer, Provider } from '../../core/schema';

export type ProviderNetwork = {
  measures: Measure[];
  fieldIds: string[];
  partners: { providerId: string; shared: number }[];
};

export function providerNetwork(
  provider: Pick<Provider, 'id' | 'fieldIds'>,
  measures: readonly Measure[],
  offers: readonly Pick<Offer, 'fieldIds'>[],
  goals: readonly Pick<Goal, 'id' | 'fieldId'>[],
): ProviderNetwork {
  const own = measures.filter((m) => m.partnerProviderIds.includes(provider.id));
  const fieldOfGoal = new Map(goals.map((g) => [g.id, g.fieldId]));
  const fields = new Set([...provider.fieldIds, ...offers.flatMap((o) => o.fieldIds)]);
  for (const m of own) for (const g of m.goalIds) if (fieldOfGoal.has(g)) fields.add(fieldOfGoal.get(g)!);
  const shared = new Map<string, number>();
  for (const m of own) for (const p of m.partnerProviderIds) if (p !== provider.id) shared.set(p, (shared.get(p) ?? 0) + 1);
  return {
    measures: own,
    fieldIds: [...fields],
    partners: [...shared.entries()].map(([providerId, count]) => ({ providerId, shared: count })).sort((a, b) => b.shared - a.shared),
  };
}
