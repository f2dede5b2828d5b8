// The sync attempt in flight, kept in the database before its request leaves the device. When
// the tab closes or the network drops before the answer is applied, the next sync sends the very
// same request again: same syncId, so the server answers what it answered before and applies
// nothing twice, and the device applies that answer as if nothing had happened.
import type { SyncRequest } from '../core/merge/protocol';
import type { OutboxEntry } from '../db/outbox';
import { SYNC_ATTEMPT_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

/**
 * sync: this device's changes, and what is new on the server since it last received;
 * take: the county's whole data replaces this device's (first connection);
 * file: a change file read on this device, sent as it was written.
 */
export type AttemptMode = 'sync' | 'take' | 'file';

export type Attempt = {
  mode: AttemptMode;
  createdAt: string;
  request: SyncRequest;
  /** The outbox entries as they were when the request was built; an entry edited since stays. */
  sent: OutboxEntry[];
};

export function loadAttempt(): Promise<Attempt | undefined> {
  return readMeta<Attempt | null>(SYNC_ATTEMPT_KEY).then((attempt) => attempt ?? undefined);
}

export function saveAttempt(attempt: Attempt): Promise<void> {
  return writeMeta(SYNC_ATTEMPT_KEY, attempt);
}

export function clearAttempt(): Promise<void> {
  return writeMeta(SYNC_ATTEMPT_KEY, null);
}
