import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'handlungsfelder', lazy: async () => ({ Component: (await import('./FieldsPage')).FieldsPage }) },
  { path: 'handlungsfelder/:fieldId', lazy: async () => ({ Component: (await import('./FieldPage')).FieldPage }) },
  { path: 'ziele/:goalId', lazy: async () => ({ Component: (await import('./GoalPage')).GoalPage }) },
];
