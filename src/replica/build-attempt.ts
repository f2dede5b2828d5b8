// The requests a device sends: its outbox (a normal sync), its whole data (the first upload
// of an empty county), nothing (taking the county's data), or a change file as it was written.
import type { AnyEntity } from '../core/schema';
import type { SnapshotRecords } from '../core/snapshot';
import { emptyRecords, makeSnapshot } from '../core/snapshot';
import type { SyncRequest } from '../core/merge/protocol';
import { entityKinds } from '../core/vocabulary';
import type { OutboxEntry, PendingEntry } from '../db/outbox';
import { pendingChanges, syncState } from '../db/outbox';
import { isStart } from '../db/pending';
import { exportSnapshot } from '../db/snapshot';
import type { Attempt } from './attempt';
import { laterThan } from './earlier-requests';

export type Clock = { now: () => string; newId: () => string };

export const browserClock: Clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

/** An outbox entry as the attempt keeps it: the record travels in the request already. */
function withoutRecord({ record: _record, ...entry }: PendingEntry): OutboxEntry {
  return entry;
}

/**
 * The request for these records and their outbox entries (SPEC P1): each change's base revision,
 * or, for a change that started from the example, that start (P14).
 */
export function requestOf(clock: Clock, since: number, records: SnapshotRecords, entries: readonly OutboxEntry[]): SyncRequest {
  const base = Object.fromEntries(entries.flatMap((entry) => (entry.baseRevision === null ? [] : [[entry.key, entry.baseRevision]])));
  const starts = Object.fromEntries(entries.flatMap((entry) => (isStart(entry) && entry.base ? [[entry.key, entry.base]] : [])));
  // What the device's own fold lost (SPEC C3, P12) travels with the change it belongs to.
  const conflicts = entries.flatMap((entry) => entry.conflicts ?? []);
  return { syncId: clock.newId(), since, base, starts, changes: makeSnapshot(records, clock.now()), conflicts };
}

/**
 * The records of these changes, each signed by the person who made it on this device (the
 * outbox's author): the server keeps that name as madeBy when another account sends it.
 */
export function recordsOf(entries: readonly { kind: PendingEntry['kind']; record: AnyEntity; author?: string }[]): SnapshotRecords {
  const records = emptyRecords();
  for (const entry of entries) (records[entry.kind] as AnyEntity[]).push(entry.author ? { ...entry.record, updatedBy: entry.author } : entry.record);
  return records;
}

/**
 * This device's changes (all but those the person has yet to decide about) and what is new since
 * it last received; each change names the `earlier` requests without an answer here that
 * carried its record too (F6).
 */
export async function syncAttempt(clock: Clock, held: ReadonlySet<string>, earlier: readonly Attempt[]): Promise<Attempt> {
  const { entries } = await pendingChanges();
  const sendable = entries.filter((entry) => !held.has(entry.key));
  const { since } = await syncState();
  const request = { ...requestOf(clock, since, recordsOf(sendable), sendable), after: laterThan(earlier, sendable) };
  return { mode: 'sync', createdAt: clock.now(), request, sent: sendable.map(withoutRecord) };
}

/** The first upload to an empty county: every live record of this device, as new. */
export async function uploadAttempt(clock: Clock): Promise<Attempt> {
  const { entries } = await pendingChanges();
  const snapshot = await exportSnapshot(clock.now());
  const records = emptyRecords();
  for (const kind of entityKinds) (records[kind] as AnyEntity[]) = snapshot.records[kind].filter((record) => !record.deleted);
  const sent = entries.map(withoutRecord);
  return { mode: 'sync', createdAt: clock.now(), request: requestOf(clock, 0, records, []), sent };
}

/** Everything the county has, to replace this device's data. */
export function takeAttempt(clock: Clock): Attempt {
  return { mode: 'take', createdAt: clock.now(), request: requestOf(clock, 0, emptyRecords(), []), sent: [] };
}

/**
 * A change file read here: sent as it was written, so its syncId keeps a second reading
 * harmless (P4), but with this device's `since`: the answer is the tablet's, which this device
 * does not apply (F3), so it need hold no more than this device would receive anyway.
 */
export function fileAttempt(clock: Clock, written: SyncRequest, since: number): Attempt {
  return { mode: 'file', createdAt: clock.now(), request: { ...written, since }, sent: [] };
}

/** The outbox entries of an attempt with the records it sent, as applyIncoming folds against them. */
export function sentWithRecords(attempt: Attempt): (OutboxEntry | PendingEntry)[] {
  const sentRecords = new Map<string, AnyEntity>();
  for (const kind of entityKinds) {
    for (const record of attempt.request.changes.records[kind] ?? []) sentRecords.set(`${kind}/${String(record.id)}`, record as AnyEntity);
  }
  return attempt.sent.map((entry) => {
    const record = sentRecords.get(entry.key);
    return record ? { ...entry, record } : entry;
  });
}
