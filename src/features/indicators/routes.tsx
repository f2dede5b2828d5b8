import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'indikatoren', lazy: async () => ({ Component: (await import('./IndicatorsPage')).IndicatorsPage }) },
  { path: 'indikatoren/:indicatorId', lazy: async () => ({ Component: (await import('./IndicatorPage')).IndicatorPage }) },
];
