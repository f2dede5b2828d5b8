import type { Concept } from '../../core/schema';
import { useEntities } from '../../db/hooks';

/**
 * The concept the screens show: the first one that is not archived (a county keeps its old
 * concepts), or the first one at all. undefined while loading, null when there is none.
 */
export function useCurrentConcept(): Concept | null | undefined {
  const concepts = useEntities('concepts');
  if (!concepts) return undefined;
  return concepts.find((c) => c.status !== 'archived') ?? concepts[0] ?? null;
}
