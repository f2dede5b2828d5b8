// Loading a list from the server for a screen: loading, the list, or why it failed; reload()
// reads it again after a change.
import { useCallback, useEffect, useState } from 'react';

export type ServerList<T> = { items: T[] | null; failure: unknown; reload: () => void };

export function useServerList<T>(load: (() => Promise<T[]>) | null): ServerList<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (next) => {
        if (!live) return;
        setItems(next);
        setFailure(null);
      },
      (error: unknown) => live && setFailure(error ?? 'failed'),
    );
    return () => {
      live = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items, failure, reload };
}
