// When the device syncs by itself: at start, when the network comes back, and shortly after an
// edit. The sync itself is the engine's (sync-engine.test.ts); here it only counts the calls.
import { update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { startAutoSync } from '../../src/replica/auto-sync';
import type { SyncRun } from '../../src/replica/sync-engine';
import { freshDatabase, makeLinkedRecords } from '../factories';
import { logInAs } from './scripted-county';

let calls = 0;
const sync = (): Promise<SyncRun> => {
  calls += 1;
  return Promise.resolve({ status: 'done', sent: 0, received: 0 });
};

beforeEach(() => {
  calls = 0;
  freshDatabase();
});

test('a connected device syncs at start, when the network comes back, and soon after an edit', async () => {
  // The county's data, synced: nothing waits to be sent.
  const records = makeLinkedRecords();
  await replaceAll(records, 'sync');
  await logInAs('ben', 'caseworker');
  const stop = startAutoSync({ intervalMs: 3_600_000, debounceMs: 0 }, sync);
  try {
    await vi.waitFor(() => expect(calls).toBe(1));

    window.dispatchEvent(new Event('online'));
    expect(calls).toBe(2);

    await update('needs', records.needs[0]!.id, { description: 'Mehr Plätze im Sprachkurs' });
    await vi.waitFor(() => expect(calls).toBe(3));
  } finally {
    stop();
  }
});

test('after it is stopped, nothing triggers a sync any more', async () => {
  await logInAs('ben', 'caseworker');
  const stop = startAutoSync({ intervalMs: 3_600_000, debounceMs: 0 }, sync);
  await vi.waitFor(() => expect(calls).toBe(1));
  stop();
  window.dispatchEvent(new Event('online'));
  expect(calls).toBe(1);
});
