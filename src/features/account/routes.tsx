import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'konto', lazy: async () => ({ Component: (await import('./AccountPage')).AccountPage }) },
  { path: 'konto/benutzer', lazy: async () => ({ Component: (await import('./AccountsPage')).AccountsPage }) },
];
