// Whether the first-start work (loading the example on a new device) is finished. Until it
// is, the layout shows its loading state instead of an empty overview that the example would
// then push down: no layout shift, and no flash of "no concept yet".
import { useSyncExternalStore } from 'react';

let ready = false;
const listeners = new Set<() => void>();

export function markStartupDone(): void {
  ready = true;
  for (const listener of listeners) listener();
}

export function useStartupDone(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => ready,
  );
}
