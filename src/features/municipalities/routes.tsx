import type { RouteObject } from 'react-router';
import { onlyFor } from '../../ui/may';

export const routes: RouteObject[] = [
  { path: 'gemeinden', lazy: async () => ({ Component: (await import('./MunicipalitiesPage')).MunicipalitiesPage }) },
  { path: 'gemeinden/:municipalityId', lazy: async () => ({ Component: (await import('./MunicipalityPage')).MunicipalityPage }) },
  { path: 'gemeinden/:municipalityId/bearbeiten', lazy: async () => ({ Component: onlyFor('municipalities', 'update', (await import('./MunicipalityEditPage')).MunicipalityEditPage) }) },
  { path: 'bedarfe', lazy: async () => ({ Component: (await import('./NeedsPage')).NeedsPage }) },
  { path: 'bedarfe/neu', lazy: async () => ({ Component: onlyFor('needs', 'create', (await import('./NeedEditPages')).NeedNewPage) }) },
  { path: 'bedarfe/:needId', lazy: async () => ({ Component: (await import('./NeedPage')).NeedPage }) },
  { path: 'bedarfe/:needId/bearbeiten', lazy: async () => ({ Component: onlyFor('needs', 'update', (await import('./NeedEditPages')).NeedEditPage) }) },
];
