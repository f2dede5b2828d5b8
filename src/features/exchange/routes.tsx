import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'verzeichnis/austausch', lazy: async () => ({ Component: (await import('./ExchangePage')).ExchangePage }) },
];
