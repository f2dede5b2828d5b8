import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'auswertung', lazy: async () => ({ Component: (await import('./EvaluationPage')).EvaluationPage }) },
  { path: 'auswertung/bedarfsanalyse', lazy: async () => ({ Component: (await import('./GapAnalysisPage')).GapAnalysisPage }) },
];
