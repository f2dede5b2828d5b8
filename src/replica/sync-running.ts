// Whether this tab is syncing right now: a small store the engine sets and the header reads,
// apart from the engine so the first load carries none of it.
import { useSyncExternalStore } from 'react';

let running = false;
const listeners = new Set<() => void>();

export function setSyncRunning(next: boolean): void {
  if (next === running) return;
  running = next;
  for (const listener of listeners) listener();
}

export function isSyncRunning(): boolean {
  return running;
}

export function useSyncRunning(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => running,
  );
}
