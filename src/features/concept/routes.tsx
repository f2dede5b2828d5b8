import type { RouteObject } from 'react-router';
import { onlyFor } from '../../ui/may';

export const routes: RouteObject[] = [
  { path: 'leitbild', lazy: async () => ({ Component: (await import('./ConceptPage')).ConceptPage }) },
  { path: 'leitbild/bearbeiten', lazy: async () => ({ Component: onlyFor('concepts', 'update', (await import('./ConceptEditPage')).ConceptEditPage) }) },
];
