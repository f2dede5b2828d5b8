// Writes go through here: every record is validated against its schema, and the records it
// newly refers to must exist, before it is stored (through write.ts, which notes each change
// in the outbox); a failed check writes nothing. Screens never touch Dexie tables directly.
import { fieldChanges } from '../core/field-changes';
import type { Draft, RecordContext } from '../core/records';
import { newRecord, revise, tombstone } from '../core/records';
import type { EntityKind, EntityOf } from '../core/schema';
import { referencesOf, referenceTargets } from '../core/references';
import type { Problem } from '../core/validation';
import { validateEntity } from '../core/validation';
import { recordContext } from './context';
import { db } from './database';
import { markChanged } from './storage-status';
import type { RecordWrite } from './write';
import { setMeta as storeMeta, writeRecords, writeScope } from './write';
import { writeRuleProblems } from './write-rules';

export type Changes<K extends EntityKind> = Partial<Draft<K>>;

export class RecordNotFound extends Error {
  readonly reason = 'not_found';
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
  ) {
    super(`${kind}/${id} does not exist`);
  }
}

/** The tables a write of `kind` reads and writes: its own, those it refers to, the outbox. */
function tablesFor(...kinds: EntityKind[]): string[] {
  return writeScope(kinds.flatMap((kind) => [kind, ...referenceTargets(kind)]));
}

/**
 * References the write adds that point at no stored, undeleted record (another tab may have
 * deleted it since the form was filled). References the record already had are left alone:
 * an edit of the title must not fail because a linked goal was deleted meanwhile.
 */
async function missingReferences(kind: EntityKind, next: object, previous?: object): Promise<Problem[]> {
  const known = new Set(previous ? referencesOf(kind, previous).map((r) => `${r.field} ${r.ref}`) : []);
  const problems: Problem[] = [];
  for (const { field, target, ref } of referencesOf(kind, next)) {
    if (known.has(`${field} ${ref}`)) continue;
    const row = await db().entities(target).get(ref);
    if (!row || row.deleted) problems.push({ path: field, code: 'missing_reference', params: { ref } });
  }
  return problems;
}

/**
 * One write: a new record, or changes to a stored one. `base` is the record as the form that
 * made the changes opened it: only fields that differ from it are written, and a field someone
 * else changed since then refuses the write as stale (src/core/field-changes.ts). Without a
 * base the stored record is the base.
 */
export type Write<K extends EntityKind> = { draft: Draft<K> } | { id: string; changes: Changes<K>; base?: EntityOf<K> };

/** The outcome of one write: `unchanged` when it changed nothing (then nothing is written). */
export type Saved<T> = { ok: true; value: T; unchanged?: true } | { ok: false; problems: Problem[]; current?: T };

/** How a stale field is shown: its value now, as text (for the message beside the field). */
function shownValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map(shownValue).join(', ');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** Refusing a stale edit: each field changed here and elsewhere, with the other value. */
function changedMeanwhile<T extends object>(current: T, fields: string[]): Saved<T> {
  const now = current as Record<string, unknown>;
  return { ok: false, current, problems: fields.map((path) => ({ path, code: 'changed_meanwhile', params: { value: shownValue(now[path]) } })) };
}

/**
 * The record a write produces, checked: against its schema, then for the references it adds
 * and the core's rules that need other records or today (write-rules.ts).
 * Runs inside a transaction over tablesFor(kind); a stored record that has gone meanwhile
 * throws RecordNotFound.
 */
async function checkedWrite<K extends EntityKind>(kind: K, write: Write<K>, context: RecordContext): Promise<Saved<EntityOf<K>>> {
  let previous: EntityOf<K> | undefined;
  let next: unknown;
  if ('changes' in write) {
    const stored = await db().entities(kind).get(write.id);
    if (!stored || stored.deleted) throw new RecordNotFound(kind, write.id);
    const { changes, conflicts } = fieldChanges(stored, write.changes, write.base);
    if (conflicts.length > 0) return changedMeanwhile(stored, conflicts);
    if (Object.keys(changes).length === 0) return { ok: true, value: stored, unchanged: true };
    previous = stored;
    next = revise(stored, changes as never, context);
  } else next = newRecord(kind, write.draft, context);
  const checked = validateEntity(kind, next);
  if (!checked.ok) return checked;
  const problems = [...(await missingReferences(kind, checked.value, previous)), ...(await writeRuleProblems(kind, checked.value, previous))];
  return problems.length > 0 ? { ok: false, problems } : checked;
}

/** Checks and stores one write; a new record never replaces one with the same id. */
async function saveOne<K extends EntityKind>(kind: K, write: Write<K>): Promise<Saved<EntityOf<K>>> {
  const result = await db().transaction('rw', tablesFor(kind), async () => {
    const checked = await checkedWrite(kind, write, recordContext());
    if (checked.ok && !checked.unchanged) await writeRecords([{ kind, record: checked.value, isNew: !('changes' in write) }], 'local');
    return checked;
  });
  // The backup reminder counts from here (src/db/storage-status.ts).
  if (result.ok && !result.unchanged) await markChanged(result.value.updatedAt);
  return result;
}

/** Validates and stores a new record. */
export function create<K extends EntityKind>(kind: K, draft: Draft<K>): Promise<Saved<EntityOf<K>>> {
  return saveOne(kind, { draft });
}

/**
 * Applies changes to a stored record as its next revision; changes that change nothing write
 * nothing. `base`: the record as the form opened it (see Write).
 */
export function update<K extends EntityKind>(kind: K, id: string, changes: Changes<K>, options: { base?: EntityOf<K> } = {}): Promise<Saved<EntityOf<K>>> {
  return saveOne(kind, { id, changes, base: options.base });
}

export type BatchResult = { ok: true; written: number } | { ok: false; index: number; problems: Problem[] };

/**
 * Several writes to one kind as one: every record is checked first, then all are stored in
 * one transaction, or none is. A refused write is named by its position in `writes`; a stored
 * record that has gone meanwhile aborts the batch with RecordNotFound.
 */
export async function saveAll<K extends EntityKind>(kind: K, writes: Write<K>[]): Promise<BatchResult> {
  const context = recordContext();
  const result = await db().transaction('rw', tablesFor(kind), async (): Promise<BatchResult> => {
    const records: RecordWrite[] = [];
    for (const [index, write] of writes.entries()) {
      const checked = await checkedWrite(kind, write, context);
      if (!checked.ok) return { ok: false, index, problems: checked.problems };
      if (!checked.unchanged) records.push({ kind, record: checked.value, isNew: 'draft' in write });
    }
    await writeRecords(records, 'local');
    return { ok: true, written: records.length };
  });
  if (result.ok && result.written > 0) await markChanged(context.now());
  return result;
}

/** One write to a record of any kind, for saveTogether. */
export type KindWrite = { [K in EntityKind]: { kind: K } & Write<K> }[EntityKind];

/**
 * Writes to records of different kinds as one (an entry and the correction report it
 * settles): every write is checked first, then all are stored in one transaction, or none
 * is. A refused write is named by its position in `writes`.
 */
export async function saveTogether(writes: KindWrite[]): Promise<BatchResult> {
  const context = recordContext();
  const result = await db().transaction('rw', tablesFor(...writes.map((write) => write.kind)), async (): Promise<BatchResult> => {
    const checked: RecordWrite[] = [];
    for (const [index, write] of writes.entries()) {
      // The union of kinds does not narrow per element; checkedWrite checks against write.kind's schema.
      const outcome = await checkedWrite(write.kind, write as Write<EntityKind>, context);
      if (!outcome.ok) return { ok: false, index, problems: outcome.problems };
      if (!outcome.unchanged) checked.push({ kind: write.kind, isNew: 'draft' in write, record: outcome.value });
    }
    await writeRecords(checked, 'local');
    return { ok: true, written: checked.length };
  });
  if (result.ok && result.written > 0) await markChanged(context.now());
  return result;
}

/** Marks a record deleted; the tombstone stays so the deletion reaches exports and sync. */
export async function remove(kind: EntityKind, id: string): Promise<void> {
  const removed = await db().transaction('rw', writeScope([kind]), async () => {
    const previous = await db().anyTable(kind).get(id);
    if (!previous || previous.deleted) return false;
    await writeRecords([{ kind, record: tombstone(previous, recordContext()) }], 'local');
    return true;
  });
  if (removed) await markChanged(recordContext().now());
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
  await storeMeta(key, value);
}
