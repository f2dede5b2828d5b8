// Where the header's sync line goes. It loads, with the sync screens' words, only on a device
// connected to a county server: a device without one carries none of it on its first load.
import { lazy, Suspense } from 'react';
import { useConnection } from '../replica/connection';
import { loadNamespace } from './i18n';

const SyncStatusLink = lazy(async () => {
  const [module] = await Promise.all([import('./SyncStatusLink'), loadNamespace('sync')]);
  return { default: module.SyncStatusLink };
});

export function SyncStatusSlot() {
  const connection = useConnection();
  if (!connection) return null;
  return (
    <Suspense fallback={null}>
      <SyncStatusLink />
    </Suspense>
  );
}
