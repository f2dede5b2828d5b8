import type { RouteObject } from 'react-router';
import { onlyFor } from '../../ui/may';

export const routes: RouteObject[] = [
  { path: 'massnahmen', lazy: async () => ({ Component: (await import('./MeasuresPage')).MeasuresPage }) },
  { path: 'massnahmen/:measureId', lazy: async () => ({ Component: (await import('./MeasurePage')).MeasurePage }) },
  { path: 'massnahmen/:measureId/bearbeiten', lazy: async () => ({ Component: onlyFor('measures', 'update', (await import('./MeasureEditPage')).MeasureEditPage, 'title') }) },
];
