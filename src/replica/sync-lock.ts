// One sync at a time on this device, across all its tabs. Two tabs syncing at once would send
// the same outbox twice under different syncIds; the server would merge both, and the second
// would see the first's changes as concurrent edits. The Web Locks API gives a lock that the
// browser releases when its tab closes, so a tab that dies mid-sync never blocks the others.
// Where it is missing (old browsers, the test environment) a lock inside this tab stands in.
const LOCK_NAME = 'integrationskonzept-sync';

let heldHere = false;

/**
 * Runs `work` while holding the sync lock, or returns `busy` at once when another tab (or this
 * one) is syncing: a second sync would only repeat what the running one does.
 */
export async function withSyncLock<T>(work: () => Promise<T>): Promise<T | 'busy'> {
  if (heldHere) return 'busy';
  heldHere = true;
  try {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return await work();
    return await locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => (lock ? work() : ('busy' as const)));
  } finally {
    heldHere = false;
  }
}
