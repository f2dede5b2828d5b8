// Learning of other devices' changes within seconds: while the app is on the screen and online,
// it asks the county server every few seconds for the county's revision (GET /api/sync/revision,
// an empty 304 while nothing moved) and syncs as soon as it is past the one this device last
// received. Hidden, offline or without a live login it asks nothing; the five-minute timer and
// the other triggers of auto-sync.ts stay as they were, and the sync itself stays single-flight
// (it goes through the same trigger, so a run under way makes this a no-op).
import { syncState } from '../db/outbox';
import type { Connection } from './connection';
import { CONNECTION_KEY, isLive, markExpired } from './connection';
import { probeRevision } from './server-api';
import { readMeta } from './sync-meta';

export type RevisionWatchOptions = { pollMs: number };

export const revisionWatchDefaults: RevisionWatchOptions = { pollMs: 5_000 };

/** Starts watching; `moved` is called when the county is past this device's revision. Returns the stop. */
export function startRevisionWatch(moved: () => void, options: RevisionWatchOptions = revisionWatchDefaults): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let tag: string | null = null;
  let tagToken: string | null = null;
  let known = 0;

  const poll = async (): Promise<void> => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    const connection = (await readMeta<Connection | null>(CONNECTION_KEY)) ?? null;
    // Stopped meanwhile (a logout, say): the login just read is no longer this watch's to use.
    if (stopped || !connection || !isLive(connection, new Date().toISOString())) return;
    // A tag belongs to the county of the login it was answered for.
    if (tagToken !== connection.token) [tag, tagToken, known] = [null, connection.token, 0];
    const probe = await probeRevision(connection.token, tag);
    if (probe.status === 'expired') await markExpired();
    if (probe.status === 'moved') [tag, known] = [probe.tag, probe.revision];
    else if (probe.status !== 'same') return;
    // Compared on every answer, a 304 too: a sync that was busy or failed is asked for again.
    if (known > (await syncState()).since) moved();
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      poll()
        .catch((error: unknown) => console.error('Asking for the county revision failed', error))
        .finally(schedule);
    }, options.pollMs);
  };

  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
