import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'barrierefreiheit', lazy: async () => ({ Component: (await import('./AccessibilityPage')).AccessibilityPage }) },
];
