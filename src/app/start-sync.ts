// Starts syncing on its own once this device is connected to a county server (now, or later
// through the login form). The engine, its schemas and the merge load only then: a device
// that never connects keeps the small first load it has without a server.
import { liveQuery } from 'dexie';
import { db } from '../db/database';
import { CONNECTION_KEY } from '../replica/connection';
import { SESSIONS_TO_END_KEY } from '../db/meta-keys';

export function startSyncWhenConnected(): void {
  let started = false;
  // Sessions a logout made offline could not end on the server are ended by the same module.
  const watch = liveQuery(() => db().meta.bulkGet([CONNECTION_KEY, SESSIONS_TO_END_KEY])).subscribe({
    next: (rows) => {
      if (started || !rows.some((row) => row?.value)) return;
      started = true;
      watch.unsubscribe();
      import('../replica/auto-sync')
        .then(({ startAutoSync }) => startAutoSync())
        .catch((error: unknown) => console.error('Starting sync failed', error));
    },
    error: (error: unknown) => console.error('Watching the connection failed', error),
  });
}

