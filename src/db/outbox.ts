// What sync reads and writes on this device: the changes waiting for the server (the outbox,
// filled by every local write in write.ts), applying what the server answered, and the county
// revision last received. Protocol and merge rules: src/core/merge/SPEC.md.
import type { AnyEntity, EntityKind } from '../core/schema';
import type { SnapshotRecords } from '../core/snapshot';
import { entityKinds } from '../core/vocabulary';
import { db } from './database';
import { mergeRecord } from '../core/merge/merge';
import { LAST_SYNC_KEY, SYNC_SINCE_KEY } from './meta-keys';
import { carriesChange, countPending } from './pending';
import type { OutboxEntry, RecordWrite } from './write';
import { dropOutboxEntries, fullWriteScope, OUTBOX_TABLE, outboxKey, saveOutboxEntries, setMetas, writeRecords } from './write';

export type { OutboxEntry } from './write';
export { outboxKey } from './write';

export type StoredRecord = AnyEntity;

/** An outbox entry as pendingChanges hands it out: with the record as it is sent. */
export type PendingEntry = OutboxEntry & { record: StoredRecord };

export type PendingChanges = { entries: PendingEntry[]; records: Map<string, StoredRecord> };

/**
 * What the next sync sends: every outbox entry that carries a change, with its record
 * (tombstones included), read at one moment. The example's untouched records are not among
 * them (pending.ts): a device sends what a person changed on it, not what it was given.
 */
export async function pendingChanges(): Promise<PendingChanges> {
  const database = db();
  return database.transaction('r', fullWriteScope(), async () => {
    const entries = ((await database.table(OUTBOX_TABLE).toArray()) as OutboxEntry[]).filter(carriesChange);
    const pending: PendingEntry[] = [];
    const records = new Map<string, StoredRecord>();
    for (const kind of entityKinds) {
      const ofKind = entries.filter((entry) => entry.kind === kind);
      const rows = await database.anyTable(kind).bulkGet(ofKind.map((entry) => entry.id));
      ofKind.forEach((entry, index) => {
        const record = rows[index];
        if (!record) return;
        pending.push({ ...entry, record });
        records.set(entry.key, record);
      });
    }
    return { entries: pending, records };
  });
}

/** How many local changes wait for the server. */
export function pendingCount(): Promise<number> {
  return countPending();
}

/**
 * Notes the example's records as starts (SPEC C1, P14) in the caller's transaction over
 * fullWriteScope(), right after they were written: the example is the county's revision-less
 * start (the county began from its coordinator's upload of it, with the same ids), so an edit
 * made here must reach the server as a change from the example's version of the record, not as
 * a record new on this device, which would carry all of it and merge without a base (M11).
 * Only records the device holds as new become starts; one whose entry has a server base keeps it.
 */
export async function noteStarts(records: SnapshotRecords): Promise<void> {
  const table = db().table(OUTBOX_TABLE);
  const starts: OutboxEntry[] = [];
  for (const kind of entityKinds) {
    const ofKind = records[kind] as readonly StoredRecord[];
    const entries = (await table.bulkGet(ofKind.map((record) => outboxKey(kind, record.id)))) as (OutboxEntry | undefined)[];
    ofKind.forEach((record, index) => {
      const entry = entries[index];
      if (!entry || entry.baseRevision !== null || entry.base !== null) return;
      starts.push({ ...entry, base: record, localRevision: record.revision });
    });
  }
  await saveOutboxEntries(starts);
}

type Incoming = Partial<Record<EntityKind, readonly StoredRecord[]>>;

// Not judged by the rulebook: these are the county's records as the server, which judged them, holds them.
/**
 * Applies a sync's answer, in one transaction:
 * - stores the server's version of every incoming record that has no local change waiting
 *   (an untouched start of the example included: the county's version replaces it);
 * - clears each sent entry whose record was not edited since it was sent (its local revision
 *   is unchanged): the server has it, and its version (incoming, or the sent one under its new
 *   revision) is stored;
 * - keeps every other entry, re-based on the server's new revision, with the local edit folded
 *   over the incoming version, so nothing edited meanwhile is overwritten;
 * - skips an incoming version older than the one this device holds (C5: a replayed answer),
 *   and anything about a change that a later request of this device still carries (`waiting`, C6).
 * `sent` are the entries the request carried (as pendingChanges returned them); `newRevisions`
 * maps each sent "kind/id" to the server revision after the request; `state` (the answer's
 * revision as `since`, the time) is stored in the same transaction.
 */
export async function applyIncoming(
  incoming: Incoming | SnapshotRecords,
  sent: readonly (OutboxEntry | PendingEntry)[],
  newRevisions: Readonly<Record<string, number>> | ReadonlyMap<string, number>,
  state?: Partial<SyncState>,
  waiting: ReadonlySet<string> = new Set(),
): Promise<void> {
  const revisions: ReadonlyMap<string, number> =
    newRevisions instanceof Map ? (newRevisions as ReadonlyMap<string, number>) : new Map(Object.entries(newRevisions as Readonly<Record<string, number>>));
  const revisionOf = (key: string): number | undefined => revisions.get(key);
  const sentByKey = new Map(sent.map((entry) => [entry.key, entry]));
  const database = db();
  await database.transaction('rw', fullWriteScope(), async () => {
    const fromServer: RecordWrite[] = [];
    const rebased: OutboxEntry[] = [];
    const cleared: string[] = [];
    const seen = new Set<string>();
    const entryOf = async (key: string) => (await database.table(OUTBOX_TABLE).get(key)) as OutboxEntry | undefined;

    for (const kind of entityKinds) {
      const records = (incoming as Incoming)[kind] ?? [];
      const keys = records.map((record) => outboxKey(kind, record.id));
      const entries = (await database.table(OUTBOX_TABLE).bulkGet(keys)) as (OutboxEntry | undefined)[];
      const held = await database.anyTable(kind).bulkGet(records.map((record) => record.id));
      for (const [index, record] of records.entries()) {
        const key = keys[index]!;
        seen.add(key);
        const entry = entries[index];
        const local = held[index];
        const wasSent = sentByKey.get(key);
        // C5: an answer replayed from the history (P4) may hold an older version than this
        // device has since received; the device never steps back to it.
        if (!entry ? local !== undefined && local.revision > record.revision : entry.baseRevision !== null && entry.baseRevision > record.revision) continue;
        // C6: a change that a later request of this device still has to send carries (a change
        // file it saved) is left as it is: that request was made from the change as it stands,
        // and its answer, which brings the record again, folds from there.
        if (entry && waiting.has(key) && carriesChange(entry)) continue;
        // No change here (none, an untouched start, or the one sent and not edited since): the server's version.
        if (!entry || !carriesChange(entry) || (wasSent && entry.localRevision === wasSent.localRevision)) {
          fromServer.push({ kind, record });
          if (entry) cleared.push(key);
          continue;
        }
        if (!local) {
          fromServer.push({ kind, record });
          cleared.push(key);
          continue;
        }
        // Edited since it was sent (or never sent): the local change folds into the server's
        // version (SPEC C3); the local revision still counts up, so forms opened before see it.
        const start = wasSent && 'record' in wasSent ? wasSent.record : entry.base;
        const merged = mergeRecord(start ?? undefined, record, local);
        const folded = { ...(merged.record as AnyEntity), revision: local.revision + 1 };
        const conflicts = merged.conflicts.map((finding) => ({ ...finding, kind, recordId: record.id }));
        fromServer.push({ kind, record: folded });
        rebased.push({ ...entry, baseRevision: record.revision, base: record, localRevision: folded.revision, conflicts: [...(entry.conflicts ?? []), ...conflicts] });
      }
    }

    // Sent records the answer did not carry: the server took them as they were sent.
    for (const [key, wasSent] of sentByKey) {
      if (seen.has(key)) continue;
      const entry = await entryOf(key);
      const revision = revisionOf(key);
      if (!entry) continue;
      const local = await database.anyTable(entry.kind).get(entry.id);
      if (entry.localRevision === wasSent.localRevision) {
        cleared.push(key);
        if (local && revision !== undefined) fromServer.push({ kind: entry.kind, record: { ...local, revision } });
      } else if (revision !== undefined) {
        const base = 'record' in wasSent ? { ...wasSent.record, revision } : entry.base;
        rebased.push({ ...entry, baseRevision: revision, base });
      }
    }

    await writeRecords(fromServer, 'sync');
    await dropOutboxEntries(cleared);
    await saveOutboxEntries(rebased);
    if (state) await setSyncState(state);
  });
}

export type SyncState = {
  /** The county revision last received: the next request's `since`. */
  since: number;
  /** When this device last synced; the backup reminder counts it as a backup. */
  lastSyncAt: string | null;
};

export async function syncState(): Promise<SyncState> {
  const meta = db().meta;
  const [since, last] = await meta.bulkGet([SYNC_SINCE_KEY, LAST_SYNC_KEY]);
  return { since: typeof since?.value === 'number' ? since.value : 0, lastSyncAt: typeof last?.value === 'string' ? last.value : null };
}

export async function setSyncState(next: Partial<SyncState>): Promise<void> {
  const rows: { key: string; value: unknown }[] = [];
  if (next.since !== undefined) rows.push({ key: SYNC_SINCE_KEY, value: next.since });
  if (next.lastSyncAt !== undefined) rows.push({ key: LAST_SYNC_KEY, value: next.lastSyncAt });
  await setMetas(rows);
}
