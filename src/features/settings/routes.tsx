import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'einstellungen', lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }) },
];
