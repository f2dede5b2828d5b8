// References a write adds must point at live records: the record referred to is stored and not
// deleted, or a change of the same batch brings it. References the record already held are left
// alone: an edit of a title must not fail because a linked goal was deleted meanwhile.
import { referencesOf } from '../references';
import type { EntityKind } from '../schema';
import type { Problem } from '../validation';
import type { RecordLookup } from './lookup';

/** References `next` adds to `previous` (undefined: all of them) that point at no live record. */
export async function missingReferences(lookup: RecordLookup, kind: EntityKind, next: object, previous: object | undefined): Promise<Problem[]> {
  const known = new Set(previous ? referencesOf(kind, previous).map((r) => `${r.field} ${r.ref}`) : []);
  const problems: Problem[] = [];
  for (const { field, target, ref } of referencesOf(kind, next)) {
    if (known.has(`${field} ${ref}`) || lookup.arrives(target, ref)) continue;
    const stored = await lookup.record(target, ref);
    if (!stored || stored.deleted) problems.push({ path: field, code: 'missing_reference', params: { ref } });
  }
  return problems;
}
