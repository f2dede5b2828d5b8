import type { RouteObject } from 'react-router';
import { gatedRoute } from '../../ui/gated-route';

export const routes: RouteObject[] = [
  { path: 'massnahmen', lazy: async () => ({ Component: (await import('./MeasuresPage')).MeasuresPage }) },
  { path: 'massnahmen/:measureId', lazy: async () => ({ Component: (await import('./MeasurePage')).MeasurePage }) },
  { path: 'massnahmen/:measureId/bearbeiten', lazy: gatedRoute('measures', 'update', async () => (await import('./MeasureEditPage')).MeasureEditPage, 'title') },
];
