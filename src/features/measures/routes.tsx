import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'massnahmen', lazy: async () => ({ Component: (await import('./MeasuresPage')).MeasuresPage }) },
  { path: 'massnahmen/:measureId', lazy: async () => ({ Component: (await import('./MeasurePage')).MeasurePage }) },
  { path: 'massnahmen/:measureId/bearbeiten', lazy: async () => ({ Component: (await import('./MeasureEditPage')).MeasureEditPage }) },
];
