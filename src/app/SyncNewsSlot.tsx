// Where the notice of other devices' changes goes. Like the header's sync line, it loads with
// the sync screens' words only on a device connected to a county server.
import { lazy, Suspense } from 'react';
import { useConnection } from '../replica/connection';
import { loadNamespace } from './i18n';

const SyncNews = lazy(async () => {
  const [module] = await Promise.all([import('./SyncNews'), loadNamespace('sync')]);
  return { default: module.SyncNews };
});

export function SyncNewsSlot() {
  const connection = useConnection();
  if (!connection) return null;
  return (
    <Suspense fallback={null}>
      <SyncNews />
    </Suspense>
  );
}
