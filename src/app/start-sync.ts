// Starts syncing on its own once this device is connected to a county server (now, or later
// through the login form). The engine, its schemas and the merge load only then: a device
// that never connects keeps the small first load it has without a server.
import { liveQuery } from 'dexie';
import { db } from '../db/database';
import { CONNECTION_KEY } from '../replica/connection';

export function startSyncWhenConnected(): void {
  let started = false;
  const watch = liveQuery(() => db().meta.get(CONNECTION_KEY)).subscribe({
    next: (row) => {
      if (started || !row?.value) return;
      started = true;
      watch.unsubscribe();
      import('../replica/auto-sync')
        .then(({ startAutoSync }) => startAutoSync())
        .catch((error: unknown) => console.error('Starting sync failed', error));
    },
    error: (error: unknown) => console.error('Watching the connection failed', error),
  });
}

/** Sessions a logout could not end on the server (offline) end when the device is next online. */
export function endLeftSessions(): void {
  import('../replica/session-end')
    .then(({ endLeftSessionsWhenOnline }) => endLeftSessionsWhenOnline())
    .catch((error: unknown) => console.error('Ending sessions left open failed', error));
}
