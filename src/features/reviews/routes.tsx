import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'auswertung/evaluationen', lazy: async () => ({ Component: (await import('./ReviewListPage')).ReviewListPage }) },
  { path: 'auswertung/evaluationen/:reviewId', lazy: async () => ({ Component: (await import('./ReviewPage')).ReviewPage }) },
];
