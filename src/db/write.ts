// The one module that writes to IndexedDB (ESLint's one-write-path rule refuses Dexie writes
// anywhere else). Every local change to a record is noted in the outbox here, in the same
// transaction as the record itself, so sync can never miss one; records that arrive from the
// county server are written with origin 'sync' and noted nowhere.
//
// The outbox holds one entry per changed record, keyed "kind/id": the server revision the
// local change is based on (null for a record created on this device), a copy of that server
// version (so incoming changes can be merged three-way), and the record's local revision at
// its latest local change. A record without an entry is as the server sent it: its revision
// is the server's. Records stored before the outbox existed were noted as new on this device
// by the schema upgrade that added it.
//
// Kept free of the schemas (types only), so start-up code that writes settings loads none.
import type { Table } from 'dexie';
import type { AnyEntity, EntityKind } from '../core/schema';
import type { ConflictFinding } from '../core/merge/protocol';
import type { SnapshotRecords } from '../core/snapshot';
import { sameJson as sameValue } from '../core/merge/json';
import { entityKinds } from '../core/vocabulary';
import { db } from './database';

export const OUTBOX_TABLE = 'outbox';
export const META_TABLE = 'meta';

export type OutboxEntry = {
  key: string;
  kind: EntityKind;
  id: string;
  /** The server revision the local change is based on; null for a record new on this device. */
  baseRevision: number | null;
  /** The record's local revision at its latest local change. */
  localRevision: number;
  /** The server's version at baseRevision, for three-way merges on this device; null when new. */
  base: AnyEntity | null;
  /**
   * What this device's merge lost when it folded the server's news into the local change
   * (SPEC C3): sent with the change (P12), so the coordinator sees every losing value.
   */
  conflicts?: ConflictFinding[];
  /**
   * Who made the latest local change (the name it was signed with on this device). The record's
   * own updatedBy may change before it is sent (a sync folds the server's version in, with the
   * server's stamp), and another person may log in meanwhile: the change still goes out as theirs.
   */
  author?: string;
};

export const outboxKey = (kind: EntityKind, id: string): string => `${kind}/${id}`;

/** Local changes go to the outbox; records from the server ('sync') are stored as they came. */
export type Origin = 'local' | 'sync';

/** One record to store; `isNew` refuses to replace a stored record with the same id. */
export type RecordWrite = { kind: EntityKind; record: AnyEntity; isNew?: boolean };

/** Where tables come from: the app's database, or a schema upgrade's transaction. */
export type TableSource = (name: string) => Table;

const appTable: TableSource = (name) => db().table(name);

/** The tables a write of these kinds needs in its transaction: theirs, the outbox and meta. */
export function writeScope(kinds: Iterable<EntityKind>): string[] {
  return [...new Set(kinds), OUTBOX_TABLE, META_TABLE];
}

/** Every table a write may touch, for actions across all kinds (replacing, applying a sync). */
export function fullWriteScope(): string[] {
  return writeScope(entityKinds);
}

function byKind(writes: readonly RecordWrite[]): Map<EntityKind, RecordWrite[]> {
  const groups = new Map<EntityKind, RecordWrite[]>();
  for (const write of writes) groups.set(write.kind, [...(groups.get(write.kind) ?? []), write]);
  return groups;
}

/**
 * The outbox entries for local changes to these records, read before they are stored: an
 * existing entry keeps its base; a record without one was last as the server sent it, so that
 * version is the base; a record not stored before is new on this device.
 */
async function entriesFor(kind: EntityKind, records: AnyEntity[], table: TableSource): Promise<OutboxEntry[]> {
  const keys = records.map((record) => outboxKey(kind, record.id));
  const existing = (await table(OUTBOX_TABLE).bulkGet(keys)) as (OutboxEntry | undefined)[];
  const previous = (await table(kind).bulkGet(records.map((record) => record.id))) as (AnyEntity | undefined)[];
  return records.map((record, index) => {
    const entry = existing[index];
    if (entry) return { ...entry, localRevision: record.revision, author: record.updatedBy };
    const base = previous[index] ?? null;
    return { key: keys[index]!, kind, id: record.id, baseRevision: base?.revision ?? null, localRevision: record.revision, base, author: record.updatedBy };
  });
}

/**
 * Stores records, and for local changes their outbox entries. Runs inside the caller's
 * read-write transaction over writeScope(kinds) (or in a schema upgrade, on its tables), so a
 * record and its entry are written together or not at all.
 */
export async function writeRecords(writes: readonly RecordWrite[], origin: Origin, table: TableSource = appTable): Promise<void> {
  for (const [kind, group] of byKind(writes)) {
    const records = group.map((write) => write.record);
    if (origin === 'local') await table(OUTBOX_TABLE).bulkPut(await entriesFor(kind, records, table));
    const added = group.filter((write) => write.isNew).map((write) => write.record);
    const replaced = group.filter((write) => !write.isNew).map((write) => write.record);
    if (added.length > 0) await table(kind).bulkAdd(added);
    if (replaced.length > 0) await table(kind).bulkPut(replaced);
  }
}

/**
 * Replaces every record with the given ones (a backup, the example, the county's data on a
 * first connection), inside the caller's transaction over fullWriteScope().
 * - 'sync': the records are the county's; the outbox is emptied.
 * - 'local': every record that differs from what is stored is a local change. A record the
 *   server knows keeps its base, so its changes merge; one that is gone from the set is
 *   dropped here, not deleted on the server (replacing this device's data must not delete
 *   the county's), and the caller lets the next sync fetch everything again.
 */
export async function replaceRecords(records: SnapshotRecords, origin: Origin): Promise<void> {
  const outbox = appTable(OUTBOX_TABLE);
  const entries = new Map(((await outbox.toArray()) as OutboxEntry[]).map((entry) => [entry.key, entry]));
  const next: OutboxEntry[] = [];
  for (const kind of entityKinds) {
    const table = appTable(kind);
    if (origin === 'local') {
      const stored = new Map(((await table.toArray()) as AnyEntity[]).map((record) => [record.id, record]));
      for (const record of records[kind]) {
        const key = outboxKey(kind, record.id);
        const entry = entries.get(key);
        const previous = stored.get(record.id);
        const author = record.updatedBy;
        if (entry) next.push({ ...entry, localRevision: record.revision, author });
        else if (!previous) next.push({ key, kind, id: record.id, baseRevision: null, localRevision: record.revision, base: null, author });
        else if (!sameValue(previous, record)) next.push({ key, kind, id: record.id, baseRevision: previous.revision, localRevision: record.revision, base: previous, author });
      }
    }
    await table.clear();
    await table.bulkAdd(records[kind]);
  }
  await outbox.clear();
  await outbox.bulkAdd(next);
}

/** Saves outbox entries as they are (applying a sync keeps or re-bases them). */
export async function saveOutboxEntries(entries: readonly OutboxEntry[]): Promise<void> {
  await appTable(OUTBOX_TABLE).bulkPut([...entries]);
}

/** Removes outbox entries whose changes the server has taken. */
export async function dropOutboxEntries(keys: readonly string[]): Promise<void> {
  await appTable(OUTBOX_TABLE).bulkDelete([...keys]);
}

/** Settings and bookkeeping: one row of the meta table. */
export async function setMeta(key: string, value: unknown): Promise<void> {
  await appTable(META_TABLE).put({ key, value });
}

export async function setMetas(rows: readonly { key: string; value: unknown }[]): Promise<void> {
  await appTable(META_TABLE).bulkPut([...rows]);
}

// ---- schema upgrades -------------------------------------------------------------------

/**
 * Notes every stored record as new on this device: records written before the outbox existed
 * never reached a server. Run once, by the upgrade that adds the outbox.
 */
export async function noteAllAsLocal(table: TableSource): Promise<void> {
  for (const kind of entityKinds) {
    const records = (await table(kind).toArray()) as AnyEntity[];
    await table(OUTBOX_TABLE).bulkPut(
      records.map((record): OutboxEntry => ({ key: outboxKey(kind, record.id), kind, id: record.id, baseRevision: null, localRevision: record.revision, base: null })),
    );
  }
}

/**
 * Reshapes every record of a kind in a schema upgrade the way the core schemas read older
 * data, so the server and every other device reshape alike: that is no local change, so it
 * makes no outbox entry, but the server versions kept as bases in the outbox are reshaped too,
 * so that a later three-way merge compares like with like.
 */
export async function reshapeRecords(table: TableSource, kind: EntityKind, reshape: (record: AnyEntity) => AnyEntity): Promise<void> {
  const records = (await table(kind).toArray()) as AnyEntity[];
  await table(kind).bulkPut(records.map(reshape));
  const entries = ((await table(OUTBOX_TABLE).bulkGet(records.map((record) => outboxKey(kind, record.id)))) as (OutboxEntry | undefined)[]).filter(
    (entry): entry is OutboxEntry => entry?.base != null,
  );
  await table(OUTBOX_TABLE).bulkPut(entries.map((entry) => ({ ...entry, base: reshape(entry.base!) })));
}

/**
 * Reshapes the rows of a table in an upgrade that ran before the outbox existed (versions 2
 * and 3); the upgrade that adds the outbox notes every record they touched. Later upgrades
 * that change records write through writeRecords, so their changes reach the outbox.
 */
export async function reshapeBeforeOutbox<T>(table: Table, reshape: (row: T) => void): Promise<void> {
  await table.toCollection().modify(reshape);
}
