// What the header and the sync screen show about sync, read live from the database so every
// tab shows the same: the changes not yet synced, when the last sync finished, how the last
// attempt ended, and what waits for the person (refused changes, values that lost a conflict,
// the first connection's choice). No schemas here: the header shows this on the first load.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { LAST_SYNC_KEY } from '../db/meta-keys';
import { countPending } from '../db/pending';
import type { FirstConnection, LostValue, RefusedChange, SyncOutcome } from './sync-keys';
import { FIRST_CONNECTION_KEY, OPEN_CONFLICTS_KEY, SYNC_FILES_KEY, SYNC_LOST_KEY, SYNC_OUTCOME_KEY, SYNC_REFUSED_KEY } from './sync-keys';

export type SyncSummary = {
  /** Local changes the server has not confirmed yet (refused ones included). */
  pending: number;
  lastSyncAt: string | undefined;
  outcome: SyncOutcome | undefined;
  refused: RefusedChange[];
  lost: LostValue[];
  /** Change files read on this device that wait to be sent. */
  files: number;
  first: FirstConnection | undefined;
  /** On a coordinator's device: the conflicts the server holds open, as last counted. */
  openConflicts: number;
};

/** Local changes waiting for the server (the outbox's entries that carry one). */
export function pendingCount(): Promise<number> {
  return countPending();
}

export async function readSyncSummary(): Promise<SyncSummary> {
  const rows = await db().meta.bulkGet([LAST_SYNC_KEY, SYNC_OUTCOME_KEY, SYNC_REFUSED_KEY, SYNC_LOST_KEY, SYNC_FILES_KEY, FIRST_CONNECTION_KEY, OPEN_CONFLICTS_KEY]);
  const [lastSyncAt, outcome, refused, lost, files, first, openConflicts] = rows.map((row) => row?.value);
  return {
    pending: await pendingCount(),
    lastSyncAt: lastSyncAt as string | undefined,
    outcome: (outcome ?? undefined) as SyncOutcome | undefined,
    refused: (refused as RefusedChange[] | undefined) ?? [],
    lost: (lost as LostValue[] | undefined) ?? [],
    files: ((files as unknown[] | undefined) ?? []).length,
    first: (first ?? undefined) as FirstConnection | undefined,
    openConflicts: typeof openConflicts === 'number' ? openConflicts : 0,
  };
}

/** The summary, live; undefined while it loads. */
export function useSyncSummary(): SyncSummary | undefined {
  return useLiveQuery(readSyncSummary, []);
}
