// The top of the React tree: the app, or, when storage failed, the page that explains it.
import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router';
import { storageFailure, subscribeStorageFailure } from '../../db/storage-status';
import { loadNamespace } from '../i18n';

// Rarely needed, so not part of the first load (the service worker precaches it for offline).
const StorageProblemPage = lazy(async () => {
  const [page] = await Promise.all([import('./StorageProblemPage'), loadNamespace('storageProblem')]);
  return { default: page.StorageProblemPage };
});

type Router = ReturnType<typeof createBrowserRouter>;

export function AppRoot({ router }: { router: Router }) {
  const failure = useSyncExternalStore(subscribeStorageFailure, storageFailure);
  if (failure && failure.kind !== 'upgraded_elsewhere') {
    return (
      <Suspense fallback={null}>
        <StorageProblemPage failure={failure} />
      </Suspense>
    );
  }
  return <RouterProvider router={router} />;
}
