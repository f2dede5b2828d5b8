import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'leitbild', lazy: async () => ({ Component: (await import('./ConceptPage')).ConceptPage }) },
  { path: 'leitbild/bearbeiten', lazy: async () => ({ Component: (await import('./ConceptEditPage')).ConceptEditPage }) },
];
