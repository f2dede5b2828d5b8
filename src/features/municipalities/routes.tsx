import type { RouteObject } from 'react-router';
import { gatedRoute } from '../../ui/gated-route';

export const routes: RouteObject[] = [
  { path: 'gemeinden', lazy: async () => ({ Component: (await import('./MunicipalitiesPage')).MunicipalitiesPage }) },
  { path: 'gemeinden/:municipalityId', lazy: async () => ({ Component: (await import('./MunicipalityPage')).MunicipalityPage }) },
  { path: 'gemeinden/:municipalityId/bearbeiten', lazy: gatedRoute('municipalities', 'update', async () => (await import('./MunicipalityEditPage')).MunicipalityEditPage) },
  { path: 'bedarfe', lazy: async () => ({ Component: (await import('./NeedsPage')).NeedsPage }) },
  { path: 'bedarfe/neu', lazy: gatedRoute('needs', 'create', async () => (await import('./NeedEditPages')).NeedNewPage) },
  { path: 'bedarfe/:needId', lazy: async () => ({ Component: (await import('./NeedPage')).NeedPage }) },
  { path: 'bedarfe/:needId/bearbeiten', lazy: gatedRoute('needs', 'update', async () => (await import('./NeedEditPages')).NeedEditPage) },
];
