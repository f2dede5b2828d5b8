import type { RouteObject } from 'react-router';
import { onlyFor } from '../../ui/may';

const pages = () => import('./EntryPages');

export const routes: RouteObject[] = [
  { path: 'verzeichnis/pflege', lazy: async () => ({ Component: onlyFor('offers', 'update', (await import('./CarePage')).CarePage) }) },
  { path: 'verzeichnis/pruefen', lazy: async () => ({ Component: onlyFor('offers', 'update', (await import('./StaleQueuePage')).StaleQueuePage) }) },
  { path: 'verzeichnis/ueberschneidungen', lazy: async () => ({ Component: (await import('./OverlapsPage')).OverlapsPage }) },
  { path: 'verzeichnis/meldungen', lazy: async () => ({ Component: onlyFor('correctionReports', 'update', (await import('./CorrectionsPage')).CorrectionsPage, 'status') }) },
  { path: 'angebote/:offerId/melden', lazy: async () => ({ Component: onlyFor('correctionReports', 'create', (await import('./ReportPage')).ReportPage) }) },
  { path: 'traeger/neu', lazy: async () => ({ Component: onlyFor('providers', 'create', (await pages()).ProviderNewPage) }) },
  { path: 'traeger/:providerId/bearbeiten', lazy: async () => ({ Component: onlyFor('providers', 'update', (await pages()).ProviderEditPage) }) },
  { path: 'angebote/neu', lazy: async () => ({ Component: onlyFor('offers', 'create', (await pages()).OfferNewPage) }) },
  { path: 'angebote/:offerId/bearbeiten', lazy: async () => ({ Component: onlyFor('offers', 'update', (await pages()).OfferEditPage) }) },
  { path: 'traeger/:providerId/standorte/neu', lazy: async () => ({ Component: onlyFor('locations', 'create', (await pages()).LocationNewPage) }) },
  { path: 'standorte/:locationId/bearbeiten', lazy: async () => ({ Component: onlyFor('locations', 'update', (await pages()).LocationEditPage) }) },
];
