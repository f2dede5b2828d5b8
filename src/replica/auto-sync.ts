// When the device syncs by itself: at start, when the network comes back, when the app comes
// back to the screen, shortly after an edit (a few seconds, so a burst of edits goes as one),
// on a timer, and within seconds of another device's change while the app is on the screen.
// Every trigger is a syncNow(), which does nothing while another tab syncs.
import { liveQuery } from 'dexie';
import { db } from '../db/database';
import type { Connection } from './connection';
import { CONNECTION_KEY, isLive } from './connection';
import type { SyncRun } from './sync-engine';
import { syncNow } from './sync-engine';
import { pendingCount } from './sync-status';
import { startRevisionWatch } from './revision-watch';
import { endLeftSessions } from './session-end';

export type AutoSyncOptions = { intervalMs: number; debounceMs: number; pollMs?: number };

/** pollMs: how often an open, online device asks whether the county moved (revision-watch.ts). */
export const autoSyncDefaults: AutoSyncOptions = { intervalMs: 5 * 60_000, debounceMs: 3_000, pollMs: 5_000 };

/** Starts syncing on its own; returns the function that stops it. */
export function startAutoSync(options: AutoSyncOptions = autoSyncDefaults, sync: () => Promise<SyncRun> = () => syncNow()): () => void {
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const trigger = (): void => {
    if (stopped || !navigator.onLine) return;
    endLeftSessions().catch((error: unknown) => console.error('Ending sessions left open failed', error));
    clearTimeout(pendingTimer);
    pendingTimer = undefined;
    sync()
      .then((run) => {
        // Another tab or this one was syncing: the edit that asked may have missed it.
        if (run.status === 'busy') later();
      })
      .catch((error: unknown) => console.error('Sync failed', error));
  };
  const later = (): void => {
    clearTimeout(pendingTimer);
    pendingTimer = setTimeout(trigger, options.debounceMs);
  };

  const onVisible = () => {
    if (document.visibilityState === 'visible') trigger();
  };
  window.addEventListener('online', trigger);
  document.addEventListener('visibilitychange', onVisible);
  const interval = setInterval(trigger, options.intervalMs);
  const stopWatch = startRevisionWatch(trigger, { pollMs: options.pollMs ?? 5_000 });

  // More changes waiting, or a login that became live: sync soon.
  let previous: { pending: number; live: boolean } | undefined;
  const watch = liveQuery(async () => {
    const connection = (await db().meta.get(CONNECTION_KEY))?.value as Connection | null | undefined;
    return { pending: await pendingCount(), live: !!connection && isLive(connection, new Date().toISOString()) };
  }).subscribe({
    next: (now) => {
      if (previous === undefined) trigger();
      else if (now.live && !previous.live) trigger();
      else if (now.pending > previous.pending) later();
      previous = now;
    },
    error: (error: unknown) => console.error('Watching for changes to sync failed', error),
  });

  return () => {
    stopped = true;
    clearTimeout(pendingTimer);
    clearInterval(interval);
    stopWatch();
    window.removeEventListener('online', trigger);
    document.removeEventListener('visibilitychange', onVisible);
    watch.unsubscribe();
  };
}
