// Whether a conflict's losing value may be restored as far as roles go: the server writes it on
// behalf of the person who lost it, so their role must allow the write too (conflict-routes.ts).
// The coordinator's screen asks this to offer only a restore that can succeed (issue 18); the
// server judges the restore itself either way.
import type { EntityKind } from '../schema';
import type { Operation, Role } from './roles';
import { mayDo } from './roles';

export type RestoreAsk = { operation: Operation; field?: string };

/** What writing the losing value at `path` asks of a role: a revival is a creation (M9). */
export function restoreAsk(path: readonly string[], lost: unknown): RestoreAsk {
  if (path.length === 0) return { operation: 'create' };
  if (path.length === 1 && path[0] === 'deleted') return { operation: lost === true ? 'delete' : 'create' };
  return { operation: 'update', field: path[0] };
}

export function mayRestore(role: Role, kind: EntityKind, path: readonly string[], lost: unknown): boolean {
  const ask = restoreAsk(path, lost);
  return mayDo(role, kind, ask.operation, ask.field);
}
