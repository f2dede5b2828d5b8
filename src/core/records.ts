// Creating and changing records. The caller passes the clock, the id generator and the
// author, so the core stays deterministic and testable.
import type { BookkeepingField } from './bookkeeping';
import type { EntityKind, EntityOf } from './schema';

export type RecordContext = {
  now: () => string;
  newId: () => string;
  by: string;
};

type BaseKeys = BookkeepingField;
export type Draft<K extends EntityKind> = Omit<EntityOf<K>, BaseKeys> & { id?: string };

/** A new record, not yet validated: the repository validates before it writes. */
export function newRecord<K extends EntityKind>(_kind: K, draft: Draft<K>, ctx: RecordContext): EntityOf<K> {
  const at = ctx.now();
  return {
    ...draft,
    id: draft.id ?? ctx.newId(),
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.by,
    revision: 1,
    deleted: false,
  } as EntityOf<K>;
}

type Stored = { id: string; createdAt: string; revision: number; deleted: boolean };

/**
 * The next revision of a record with the given changes applied. Identity and history stay
 * the record's own: an edit form that hands back the whole record it loaded (or a changed
 * id) must not move, backdate or delete it.
 */
/** A record without the madeBy of its last revision: whoever writes the next one made it. */
function unsigned<T extends object>(record: T): T {
  if (!('madeBy' in record)) return record;
  const { madeBy: _madeBy, ...rest } = record as T & { madeBy?: unknown };
  return rest as T;
}

export function revise<T extends Stored>(
  previous: T,
  changes: Partial<Omit<T, BaseKeys>>,
  ctx: Pick<RecordContext, 'now' | 'by'>,
): T {
  return {
    ...unsigned(previous),
    ...changes,
    id: previous.id,
    createdAt: previous.createdAt,
    deleted: previous.deleted,
    updatedAt: ctx.now(),
    updatedBy: ctx.by,
    revision: previous.revision + 1,
  };
}

/** A tombstone: kept so that a deletion can travel through export and sync. */
export function tombstone<T extends { revision: number; deleted: boolean }>(
  previous: T,
  ctx: Pick<RecordContext, 'now' | 'by'>,
): T {
  return { ...unsigned(previous), deleted: true, updatedAt: ctx.now(), updatedBy: ctx.by, revision: previous.revision + 1 };
}
