import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'auswertung/bericht', lazy: async () => ({ Component: (await import('./ReportPage')).ReportPage }) },
  { path: 'auswertung/csv', lazy: async () => ({ Component: (await import('./CsvPage')).CsvPage }) },
];
