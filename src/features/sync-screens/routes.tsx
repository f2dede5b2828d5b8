import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'synchronisierung', lazy: async () => ({ Component: (await import('./SyncPage')).SyncPage }) },
  { path: 'synchronisierung/konflikte', lazy: async () => ({ Component: (await import('./ConflictsPage')).ConflictsPage }) },
  { path: 'verlauf/:kind/:id', lazy: async () => ({ Component: (await import('./HistoryPage')).HistoryPage }) },
];
