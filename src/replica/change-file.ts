// Manual sync by file, for devices that never get online: the changes not yet synced are saved
// as a file that is a sync request as it would have been sent (syncId, since, base revisions,
// changes in the export envelope). A connected device reads it and sends it as it is, so the
// server merges it like any sync, and a file read twice (or on two devices) is applied once.
import type { AnyEntity, EntityKind } from '../core/schema';
import { emptyRecords, makeSnapshot, SNAPSHOT_FORMAT } from '../core/snapshot';
import type { SyncRequest } from '../core/merge/protocol';
import { syncRequest } from '../core/merge/protocol';
import { pendingChanges, syncState } from '../db/outbox';
import type { Clock } from './build-attempt';
import type { QueuedFile } from './sync-keys';
import { SYNC_FILES_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

export type ChangeFile = { name: string; text: string; count: number };

const fileName = (at: string, what: string) => `integrationskonzept-${what}-${at.slice(0, 10)}.json`;

function asFile(request: SyncRequest, count: number, what: string, at: string): ChangeFile {
  return { name: fileName(at, what), text: JSON.stringify(request, null, 1), count };
}

/** Every change not yet synced, as a change file; null when there is none. */
export async function exportChanges(clock: Clock): Promise<ChangeFile | null> {
  const { entries } = await pendingChanges();
  if (entries.length === 0) return null;
  const records = emptyRecords();
  for (const entry of entries) (records[entry.kind] as AnyEntity[]).push(entry.record);
  const base = Object.fromEntries(entries.flatMap((entry) => (entry.baseRevision === null ? [] : [[entry.key, entry.baseRevision]])));
  const at = clock.now();
  const conflicts = entries.flatMap((entry) => entry.conflicts ?? []);
  const request: SyncRequest = { syncId: clock.newId(), since: (await syncState()).since, base, changes: makeSnapshot(records, at), conflicts };
  return asFile(request, entries.length, 'aenderungen', at);
}

/** One change as a file of its own (a refused change the person keeps). */
export async function exportOneChange(clock: Clock, kind: EntityKind, record: unknown, baseRevision: number | null): Promise<ChangeFile> {
  const records = emptyRecords();
  (records[kind] as unknown[]).push(record);
  const at = clock.now();
  const request: SyncRequest = {
    syncId: clock.newId(),
    since: (await syncState()).since,
    base: baseRevision === null ? {} : { [`${kind}/${(record as { id: string }).id}`]: baseRevision },
    changes: makeSnapshot(records, at),
    conflicts: [],
  };
  return asFile(request, 1, 'aenderung', at);
}

export type ReadChangeFile = { ok: true; request: SyncRequest; count: number } | { ok: false; reason: 'unreadable' | 'not_changes' };

/** Checks a file's text as a change file (a whole backup is not one). */
export function readChangeFile(text: string): ReadChangeFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const parsed = syncRequest.safeParse(value);
  if (!parsed.success || (value as { format?: unknown }).format === SNAPSHOT_FORMAT) return { ok: false, reason: 'not_changes' };
  const count = Object.values(parsed.data.changes.records).reduce((sum, records) => sum + records.length, 0);
  // The file as it was written (not zod's output), so it travels unchanged.
  return { ok: true, request: value as SyncRequest, count };
}

/** Keeps a read change file until the next sync sends it; the same file twice is kept once. */
export async function queueChangeFile(name: string, request: SyncRequest, clock: Clock): Promise<void> {
  const files = (await readMeta<QueuedFile[]>(SYNC_FILES_KEY)) ?? [];
  if (files.some((file) => (file.request as SyncRequest).syncId === request.syncId)) return;
  await writeMeta(SYNC_FILES_KEY, [...files, { name, readAt: clock.now(), request }]);
}
