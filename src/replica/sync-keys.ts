// What the sync engine keeps in the meta table besides the outbox's own state: the outcome of
// the last attempt (so every tab and a reload show the same status), the attempt in flight (so
// a closed tab or a dropped network retries it with the same syncId), the changes the server
// refused, the values of this device that lost a conflict, change files waiting to be sent
// and those sent, and where the first connection stands. A module of its own, without schemas, so the header
// can read the status on the first load.
import type { EntityKind } from '../core/schema';
import type { ConflictReason, SyncConflict } from '../core/merge/protocol';

export const SYNC_OUTCOME_KEY = 'syncOutcome';
export const SYNC_ATTEMPT_KEY = 'syncAttempt';
export const SYNC_REFUSED_KEY = 'syncRefused';
export const SYNC_LOST_KEY = 'syncLostValues';
export const SYNC_FILES_KEY = 'syncChangeFiles';
/** The change files this device saved, as attempts its own next sync sends first (SPEC F5). */
export const SYNC_EXPORTED_KEY = 'syncExportedChanges';
/** This device's requests another account sent before it could (SPEC F6). */
export const SYNC_ELSEWHERE_KEY = 'syncAppliedElsewhere';
/** The syncIds of change files this device has sent, to recognise one read again (SPEC F2). */
export const SYNC_FILES_SENT_KEY = 'syncChangeFilesSent';
export const FIRST_CONNECTION_KEY = 'syncFirstConnection';
/** On a coordinator's device: how many conflicts the server holds open (open-conflicts.ts). */
export const OPEN_CONFLICTS_KEY = 'syncOpenConflicts';
/** What other devices changed since the person last looked (news.ts). */
export const SYNC_NEWS_KEY = 'syncNews';

/** Why the last sync did not finish, in terms of what the person can do about it. */
export type SyncProblem =
  | 'offline'
  | 'no_server'
  | 'login_expired'
  | 'update_required'
  | 'update_server'
  | 'too_large'
  | 'server_error'
  | 'invalid_answer'
  | 'county_empty';

export type SyncOutcome = { at: string; ok: true; sent: number; received: number } | { at: string; ok: false; problem: SyncProblem };

/** A change the server refused (403, or a record it found invalid): named, so the person decides. */
export type RefusedChange = {
  key: string;
  kind: EntityKind;
  id: string;
  title: string;
  reason: 'forbidden' | 'invalid';
  fields: string[];
  message: string;
  /** What is wrong by code, for the person's language; absent in notes from before issue 18. */
  problems?: { path: string; code: string; params?: Record<string, string | number> }[];
  at: string;
  /**
   * Set when the change came in a change file read here: this device holds it nowhere else.
   * `start`: the version it started from when that was the example (P14); absent in notes from before.
   */
  fromFile?: { record: unknown; baseRevision: number | null; start?: unknown };
};

/** A value of this device that lost a conflict: the other value stays, this one is in the conflict record. */
export type LostValue = {
  key: string;
  kind: EntityKind;
  id: string;
  title: string;
  /** Field, then nested fields or a list item's id, as the conflict record names it. */
  path: string[];
  mine: unknown;
  kept: unknown;
  at: string;
  /** Why it lost, and who kept the other value: absent in notes from before issue 18. */
  reason?: ConflictReason;
  problems?: SyncConflict['problems'];
  keptBy?: string;
  /** Set once the value stands again: who wrote it back ('' when unknown). */
  restoredBy?: string;
};

/**
 * Where the first connection stands: the person must choose (upload the device's concept to an
 * empty county; merge own work with a county's data or save it first), or the county is empty
 * and only its coordinator can start it. 'done' once the device has synced.
 */
export type FirstConnection =
  | { state: 'ask_upload' }
  | { state: 'ask_merge'; pending: number }
  | { state: 'county_empty' }
  // The person's choice, carried out by the next sync:
  | { state: 'upload' }
  | { state: 'merge' }
  | { state: 'take' }
  | { state: 'done' };

/** A change file read on this device, waiting to be sent as it was written. */
export type QueuedFile = { name: string; readAt: string; request: unknown };
