// Writes go through here: every write asks the core's rulebook (src/core/rulebook/judge.ts)
// with the device's role, inside the write's transaction: may this role make it, does the
// record match its schema, the core's write rules and the references it adds. Only then is it
// stored (through write.ts, which notes each change in the outbox); a refusal writes nothing.
// Screens never touch Dexie tables directly.
import { fieldChanges } from '../core/field-changes';
import type { Draft, RecordContext } from '../core/records';
import { newRecord, revise, tombstone } from '../core/records';
import type { WriteContext } from '../core/rulebook/judge';
import { judgeDelete, judgePut } from '../core/rulebook/judge';
import type { EntityKind, EntityOf } from '../core/schema';
import { referenceTargets } from '../core/references';
import type { Problem } from '../core/validation';
import { recordContext, today } from './context';
import { db } from './database';
import { deviceRole } from './device-role';
import { DeviceLookup } from './record-lookup';
import { markChanged } from './storage-status';
import type { RecordWrite } from './write';
import { setMeta as storeMeta, writeRecords, writeScope } from './write';

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

/** What the rulebook judges a batch with: the device's role and day, and the batch's lookup. */
type Judging = WriteContext & { lookup: DeviceLookup };

/** Read inside the batch's transaction (its scope includes the meta table the role is kept in). */
async function judging(lookup: DeviceLookup): Promise<Judging> {
  return { role: await deviceRole(), today: today(), lookup };
}

/** "kind/id" of the records a batch writes whose ids are known before it runs: references to them hold. */
function arrivingIn(writes: readonly ({ kind: EntityKind } & Write<EntityKind>)[]): Set<string> {
  return new Set(writes.flatMap((write) => {
    const id = 'draft' in write ? write.draft.id : write.id;
    return id === undefined ? [] : [`${write.kind}/${id}`];
  }));
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
 * The record a write produces, judged by the rulebook (role, schema, the core's write rules,
 * the references it adds). Runs inside a transaction over tablesFor(kind); a stored record that
 * has gone meanwhile throws RecordNotFound.
 */
async function checkedWrite<K extends EntityKind>(kind: K, write: Write<K>, context: RecordContext, rules: Judging): Promise<Saved<EntityOf<K>>> {
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
  const verdict = await judgePut(rules, kind, { previous, next });
  if (!verdict.ok) return { ok: false, problems: verdict.problems };
  rules.lookup.judgedAs(kind, verdict.record);
  return { ok: true, value: verdict.record };
}

/** Checks and stores one write; a new record never replaces one with the same id. */
async function saveOne<K extends EntityKind>(kind: K, write: Write<K>): Promise<Saved<EntityOf<K>>> {
  const result = await db().transaction('rw', tablesFor(kind), async () => {
    const checked = await checkedWrite(kind, write, recordContext(), await judging(new DeviceLookup()));
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
    const rules = await judging(new DeviceLookup(arrivingIn(writes.map((write) => ({ kind, ...write }) as KindWrite))));
    const records: RecordWrite[] = [];
    for (const [index, write] of writes.entries()) {
      const checked = await checkedWrite(kind, write, context, rules);
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
    const rules = await judging(new DeviceLookup(arrivingIn(writes)));
    const checked: RecordWrite[] = [];
    for (const [index, write] of writes.entries()) {
      // The union of kinds does not narrow per element; checkedWrite checks against write.kind's schema.
      const outcome = await checkedWrite(write.kind, write as Write<EntityKind>, context, rules);
      if (!outcome.ok) return { ok: false, index, problems: outcome.problems };
      if (!outcome.unchanged) checked.push({ kind: write.kind, isNew: 'draft' in write, record: outcome.value });
    }
    await writeRecords(checked, 'local');
    return { ok: true, written: checked.length };
  });
  if (result.ok && result.written > 0) await markChanged(context.now());
  return result;
}

/** The outcome of a removal: `unchanged` when there was nothing to remove (gone, or deleted already). */
export type Removed = { ok: true; unchanged?: true } | { ok: false; problems: Problem[] };

/**
 * Marks a record deleted, if the device's role may (the rulebook judges the tombstone); the
 * tombstone stays so the deletion reaches exports and sync.
 */
export async function remove(kind: EntityKind, id: string): Promise<Removed> {
  const context = recordContext();
  const result = await db().transaction('rw', writeScope([kind]), async (): Promise<Removed> => {
    const previous = await db().anyTable(kind).get(id);
    if (!previous || previous.deleted) return { ok: true, unchanged: true };
    const verdict = await judgeDelete(await judging(new DeviceLookup()), kind, { previous, next: tombstone(previous, context) });
    if (!verdict.ok) return { ok: false, problems: verdict.problems };
    await writeRecords([{ kind, record: verdict.record }], 'local');
    return { ok: true };
  });
  if (result.ok && !result.unchanged) await markChanged(context.now());
  return result;
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
