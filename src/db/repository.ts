// Writes go through here: every record is validated against its schema before it is stored,
// and a failed validation writes nothing. Screens never touch Dexie tables directly.
import type { Draft } from '../core/records';
import { newRecord, revise, tombstone } from '../core/records';
import type { EntityKind, EntityOf } from '../core/schema';
import type { Problem, Validated } from '../core/validation';
import { validateEntity } from '../core/validation';
import { recordContext } from './context';
import { db } from './database';
import { markChanged } from './storage-status';

export type Changes<K extends EntityKind> = Partial<Draft<K>>;

export class RecordNotFound extends Error {
  readonly reason = 'not_found';
  constructor(kind: EntityKind, id: string) {
    super(`${kind}/${id} does not exist`);
  }
}

/** Validates and stores a new record. */
export async function create<K extends EntityKind>(kind: K, draft: Draft<K>): Promise<Validated<EntityOf<K>>> {
  const checked = validateEntity(kind, newRecord(kind, draft, recordContext()));
  if (checked.ok) {
    await db().entities(kind).add(checked.value);
    await markChanged(checked.value.updatedAt);
  }
  return checked;
}

/** Applies changes to a stored record as its next revision. */
export async function update<K extends EntityKind>(kind: K, id: string, changes: Changes<K>): Promise<Validated<EntityOf<K>>> {
  const table = db().entities(kind);
  const result = await db().transaction('rw', table, async () => {
    const previous = await table.get(id);
    if (!previous || previous.deleted) throw new RecordNotFound(kind, id);
    const checked = validateEntity(kind, revise(previous as EntityOf<K> & { revision: number }, changes as never, recordContext()));
    if (checked.ok) await table.put(checked.value);
    return checked;
  });
  // The backup reminder counts from here (src/db/storage-status.ts).
  if (result.ok) await markChanged(result.value.updatedAt);
  return result;
}

/** One write of a batch: a new record, or changes to a stored one. */
export type Write<K extends EntityKind> = { draft: Draft<K> } | { id: string; changes: Changes<K> };
export type BatchResult = { ok: true; written: number } | { ok: false; index: number; problems: Problem[] };

/**
 * Several writes to one kind as one: every record is validated first, then all are stored in
 * one transaction, or none is. A refused write is named by its position in `writes`; a stored
 * record that has gone meanwhile aborts the batch with RecordNotFound.
 */
export async function saveAll<K extends EntityKind>(kind: K, writes: Write<K>[]): Promise<BatchResult> {
  const table = db().entities(kind);
  const context = recordContext();
  const result = await db().transaction('rw', table, async (): Promise<BatchResult> => {
    const records: EntityOf<K>[] = [];
    for (const [index, write] of writes.entries()) {
      let next: unknown;
      if ('changes' in write) {
        const previous = await table.get(write.id);
        if (!previous || previous.deleted) throw new RecordNotFound(kind, write.id);
        next = revise(previous as EntityOf<K> & { revision: number }, write.changes as never, context);
      } else next = newRecord(kind, write.draft, context);
      const checked = validateEntity(kind, next);
      if (!checked.ok) return { ok: false, index, problems: checked.problems };
      records.push(checked.value);
    }
    await table.bulkPut(records);
    return { ok: true, written: records.length };
  });
  if (result.ok && result.written > 0) await markChanged(context.now());
  return result;
}

/** Marks a record deleted; the tombstone stays so the deletion reaches exports and sync. */
export async function remove(kind: EntityKind, id: string): Promise<void> {
  const table = db().entities(kind);
  await db().transaction('rw', table, async () => {
    const previous = await table.get(id);
    if (!previous || previous.deleted) return;
    await table.put(tombstone(previous, recordContext()) as never);
  });
  await markChanged(recordContext().now());
}

export async function getById<K extends EntityKind>(kind: K, id: string): Promise<EntityOf<K> | undefined> {
  const row = await db().entities(kind).get(id);
  return row && !row.deleted ? (row) : undefined;
}

/** Every record of a kind that is not deleted. */
export async function listActive<K extends EntityKind>(kind: K): Promise<EntityOf<K>[]> {
  return (await db().entities(kind).toArray()).filter((row) => !row.deleted);
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db().meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db().meta.put({ key, value });
}
