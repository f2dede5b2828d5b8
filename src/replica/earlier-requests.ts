// A device's requests that went out, or may have, without an answer it applied (SPEC F5, F6):
// the change files it saved (sent first when it gets online itself), those another account
// sent before it could (the server answers their syncId to that account only), and the attempt
// in flight. A later request names them per record (`after`), oldest first, so the server
// counts its change from the newest of them it has applied.
import type { RecordKey, SyncRequest } from '../core/merge/protocol';
import type { OutboxEntry } from '../db/outbox';
import type { Attempt } from './attempt';
import { loadAttempt } from './attempt';
import { SYNC_ELSEWHERE_KEY, SYNC_EXPORTED_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

/** The change files this device saved and has not sent itself yet, oldest first. */
export async function exportedAttempts(): Promise<Attempt[]> {
  return (await readMeta<Attempt[]>(SYNC_EXPORTED_KEY)) ?? [];
}

export async function addExported(attempt: Attempt): Promise<void> {
  await writeMeta(SYNC_EXPORTED_KEY, [...(await exportedAttempts()), attempt]);
}

/** Forgets a saved change file once its request has gone, or all of them (the device took the county's data). */
export async function dropExported(syncId?: string): Promise<void> {
  await writeMeta(SYNC_EXPORTED_KEY, syncId === undefined ? [] : (await exportedAttempts()).filter((attempt) => attempt.request.syncId !== syncId));
}

/** Requests of this device another account sent first (409 sync_id_taken): applied, their answers never seen here. */
export async function appliedElsewhere(): Promise<Attempt[]> {
  return (await readMeta<Attempt[]>(SYNC_ELSEWHERE_KEY)) ?? [];
}

export async function noteAppliedElsewhere(attempt: Attempt): Promise<void> {
  await writeMeta(SYNC_ELSEWHERE_KEY, [...(await appliedElsewhere()), attempt]);
}

/** Once a sync of this device's own has been answered, its changes are based on the server's revisions again. */
export async function forgetAppliedElsewhere(): Promise<void> {
  if ((await appliedElsewhere()).length > 0) await writeMeta(SYNC_ELSEWHERE_KEY, []);
}

/** Every earlier request without an answer applied here, oldest first. */
export async function earlierRequests(): Promise<Attempt[]> {
  const left = await loadAttempt();
  return [...(await appliedElsewhere()), ...(left && left.mode === 'sync' ? [left] : []), ...(await exportedAttempts())];
}

/**
 * F6: per change, the earlier requests that carried its record too, oldest first, with the
 * record as each sent it; only those made since the change's base: an answer that re-based the
 * change (C3) already holds what they sent.
 */
export function laterThan(earlier: readonly Attempt[], entries: readonly Pick<OutboxEntry, 'key' | 'kind' | 'id' | 'baseRevision'>[]): NonNullable<SyncRequest['after']> {
  const after: NonNullable<SyncRequest['after']> = {};
  for (const entry of entries) {
    const before = earlier.flatMap((attempt) => {
      const sameBase = attempt.sent.some((sent) => sent.key === entry.key && sent.baseRevision === entry.baseRevision);
      const start = sameBase ? attempt.request.changes.records[entry.kind]?.find((record) => record.id === entry.id) : undefined;
      return start ? [{ syncId: attempt.request.syncId, start }] : [];
    });
    if (before.length > 0) after[entry.key as RecordKey] = before;
  }
  return after;
}
