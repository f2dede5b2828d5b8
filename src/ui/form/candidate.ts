// Forms validate whole records, so a new record needs placeholder base fields until the
// repository gives it real ones. They ask the write path's date rule too, so a date after
// today is named at its input rather than refused on saving.
import type { EntityKind, EntityOf } from '../../core/schema';
import type { Problem } from '../../core/validation';
import { validateEntity } from '../../core/validation';
import { pastDateProblems } from '../../core/past-date-rules';
import { today } from '../../db/context';

const placeholder = {
  id: '00000000-0000-4000-8000-000000000000',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  updatedBy: 'form',
  revision: 1,
  deleted: false,
};

/** Problems of `changes` applied to `existing` (or to a blank new record). */
export function recordProblems<K extends EntityKind>(
  kind: K,
  existing: EntityOf<K> | null | undefined,
  changes: Record<string, unknown>,
): Problem[] {
  const candidate = { ...placeholder, ...(existing ?? {}), ...changes };
  const result = validateEntity(kind, candidate);
  return [...(result.ok ? [] : result.problems), ...pastDateProblems(kind, existing ?? undefined, candidate, today())];
}
