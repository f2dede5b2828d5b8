import type { RouteObject } from 'react-router';
import { gatedRoute } from '../../ui/gated-route';

const pages = () => import('./EntryPages');

export const routes: RouteObject[] = [
  { path: 'verzeichnis/pflege', lazy: gatedRoute('offers', 'update', async () => (await import('./CarePage')).CarePage) },
  { path: 'verzeichnis/pruefen', lazy: gatedRoute('offers', 'update', async () => (await import('./StaleQueuePage')).StaleQueuePage) },
  { path: 'verzeichnis/ueberschneidungen', lazy: async () => ({ Component: (await import('./OverlapsPage')).OverlapsPage }) },
  { path: 'verzeichnis/meldungen', lazy: gatedRoute('correctionReports', 'update', async () => (await import('./CorrectionsPage')).CorrectionsPage, 'status') },
  { path: 'angebote/:offerId/melden', lazy: gatedRoute('correctionReports', 'create', async () => (await import('./ReportPage')).ReportPage) },
  { path: 'traeger/neu', lazy: gatedRoute('providers', 'create', async () => (await pages()).ProviderNewPage) },
  { path: 'traeger/:providerId/bearbeiten', lazy: gatedRoute('providers', 'update', async () => (await pages()).ProviderEditPage) },
  { path: 'angebote/neu', lazy: gatedRoute('offers', 'create', async () => (await pages()).OfferNewPage) },
  { path: 'angebote/:offerId/bearbeiten', lazy: gatedRoute('offers', 'update', async () => (await pages()).OfferEditPage) },
  { path: 'traeger/:providerId/standorte/neu', lazy: gatedRoute('locations', 'create', async () => (await pages()).LocationNewPage) },
  { path: 'standorte/:locationId/bearbeiten', lazy: gatedRoute('locations', 'update', async () => (await pages()).LocationEditPage) },
];
