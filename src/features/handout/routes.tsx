import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'angebote/:offerId/handzettel', lazy: async () => ({ Component: (await import('./HandoutPage')).HandoutPage }) },
];
