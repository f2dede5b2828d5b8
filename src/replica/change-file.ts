// Manual sync by file, for devices that never get online (SPEC F1–F6): the changes not yet
// synced are saved as a file that is a sync request as it would have been sent (syncId, since,
// base revisions or the example's starts, the earlier files it follows, changes in the export
// envelope). A connected device reads it and sends it with its syncId, so the server merges it
// like any sync, and a file read twice (or on two devices, or sent by the tablet itself once it
// gets online) is applied once. The file carries only what a person changed on the device: the
// example a tablet loaded is not its work (src/db/pending.ts).
import type { AnyEntity, EntityKind } from '../core/schema';
import { SNAPSHOT_FORMAT } from '../core/snapshot';
import type { SyncRequest } from '../core/merge/protocol';
import { syncRequest } from '../core/merge/protocol';
import type { OutboxEntry } from '../db/outbox';
import { syncState } from '../db/outbox';
import type { Clock } from './build-attempt';
import { recordsOf, requestOf, syncAttempt } from './build-attempt';
import { addExported, earlierRequests } from './earlier-requests';
import type { QueuedFile } from './sync-keys';
import { SYNC_FILES_KEY, SYNC_FILES_SENT_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

export type ChangeFile = { name: string; text: string; count: number };

const fileName = (at: string, what: string) => `integrationskonzept-${what}-${at.slice(0, 10)}.json`;

function asFile(request: SyncRequest, count: number, what: string): ChangeFile {
  return { name: fileName(request.changes.exportedAt, what), text: JSON.stringify(request, null, 1), count };
}

/**
 * Every change not yet synced, as a change file; null when there is none. The file is also
 * kept here as an attempt this device sends first when it gets online itself (F5): with the
 * file's syncId, its changes are applied once however the file and the device reach the server,
 * and what the person changes after saving it is a change from the file's version (C3, F6).
 */
export async function exportChanges(clock: Clock): Promise<ChangeFile | null> {
  const attempt = await syncAttempt(clock, new Set(), await earlierRequests());
  if (attempt.sent.length === 0) return null;
  await addExported(attempt);
  return asFile(attempt.request, attempt.sent.length, 'aenderungen');
}

/** One change as a file of its own (a refused change the person keeps), with the base or start it was made from. */
export async function exportOneChange(clock: Clock, kind: EntityKind, record: unknown, from: Pick<OutboxEntry, 'baseRevision' | 'base'>): Promise<ChangeFile> {
  const id = (record as { id: string }).id;
  const entry: OutboxEntry = { key: `${kind}/${id}`, kind, id, localRevision: 0, baseRevision: from.baseRevision, base: from.base };
  return asFile(requestOf(clock, (await syncState()).since, recordsOf([{ kind, record: record as AnyEntity }]), [entry]), 1, 'aenderung');
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

/** The syncIds of change files this device has sent (F2); the newest few hundred are enough to recognise a file read again. */
const SENT_FILES_KEPT = 500;

export async function sentFileIds(): Promise<string[]> {
  return (await readMeta<string[]>(SYNC_FILES_SENT_KEY)) ?? [];
}

/** Notes that the server has the file with this syncId (F2). */
export async function noteFileSent(...syncIds: string[]): Promise<void> {
  const sent = (await sentFileIds()).filter((id) => !syncIds.includes(id));
  await writeMeta(SYNC_FILES_SENT_KEY, [...sent, ...syncIds].slice(-SENT_FILES_KEPT));
}

/**
 * Keeps a read change file until the next sync sends it; the same file twice is kept once, and
 * a file this device has already sent is not kept again ('already_sent': the server has it).
 */
export async function queueChangeFile(name: string, request: SyncRequest, clock: Clock): Promise<'queued' | 'already_sent'> {
  if ((await sentFileIds()).includes(request.syncId)) return 'already_sent';
  const files = (await readMeta<QueuedFile[]>(SYNC_FILES_KEY)) ?? [];
  if (files.some((file) => (file.request as SyncRequest).syncId === request.syncId)) return 'queued';
  await writeMeta(SYNC_FILES_KEY, [...files, { name, readAt: clock.now(), request }]);
  return 'queued';
}
