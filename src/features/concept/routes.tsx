import type { RouteObject } from 'react-router';
import { gatedRoute } from '../../ui/gated-route';

export const routes: RouteObject[] = [
  { path: 'leitbild', lazy: async () => ({ Component: (await import('./ConceptPage')).ConceptPage }) },
  { path: 'leitbild/bearbeiten', lazy: gatedRoute('concepts', 'update', async () => (await import('./ConceptEditPage')).ConceptEditPage) },
];
