import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'gemeinden', lazy: async () => ({ Component: (await import('./MunicipalitiesPage')).MunicipalitiesPage }) },
  { path: 'gemeinden/:municipalityId', lazy: async () => ({ Component: (await import('./MunicipalityPage')).MunicipalityPage }) },
  { path: 'gemeinden/:municipalityId/bearbeiten', lazy: async () => ({ Component: (await import('./MunicipalityEditPage')).MunicipalityEditPage }) },
  { path: 'bedarfe', lazy: async () => ({ Component: (await import('./NeedsPage')).NeedsPage }) },
  { path: 'bedarfe/neu', lazy: async () => ({ Component: (await import('./NeedEditPages')).NeedNewPage }) },
  { path: 'bedarfe/:needId', lazy: async () => ({ Component: (await import('./NeedPage')).NeedPage }) },
  { path: 'bedarfe/:needId/bearbeiten', lazy: async () => ({ Component: (await import('./NeedEditPages')).NeedEditPage }) },
];
