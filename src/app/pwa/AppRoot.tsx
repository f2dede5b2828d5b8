// The top of the React tree: the app, or, when storage failed, the page that explains it.
import { useSyncExternalStore } from 'react';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router';
import { storageFailure, subscribeStorageFailure } from '../../db/storage-status';
import { StorageProblemPage } from './StorageProblemPage';

type Router = ReturnType<typeof createBrowserRouter>;

export function AppRoot({ router }: { router: Router }) {
  const failure = useSyncExternalStore(subscribeStorageFailure, storageFailure);
  if (failure && failure.kind !== 'upgraded_elsewhere') return <StorageProblemPage failure={failure} />;
  return <RouterProvider router={router} />;
}
