import type { RouteObject } from 'react-router';

const pages = () => import('./EntryPages');

export const routes: RouteObject[] = [
  { path: 'verzeichnis/pflege', lazy: async () => ({ Component: (await import('./CarePage')).CarePage }) },
  { path: 'verzeichnis/pruefen', lazy: async () => ({ Component: (await import('./StaleQueuePage')).StaleQueuePage }) },
  { path: 'verzeichnis/ueberschneidungen', lazy: async () => ({ Component: (await import('./OverlapsPage')).OverlapsPage }) },
  { path: 'verzeichnis/meldungen', lazy: async () => ({ Component: (await import('./CorrectionsPage')).CorrectionsPage }) },
  { path: 'angebote/:offerId/melden', lazy: async () => ({ Component: (await import('./ReportPage')).ReportPage }) },
  { path: 'traeger/neu', lazy: async () => ({ Component: (await pages()).ProviderNewPage }) },
  { path: 'traeger/:providerId/bearbeiten', lazy: async () => ({ Component: (await pages()).ProviderEditPage }) },
  { path: 'angebote/neu', lazy: async () => ({ Component: (await pages()).OfferNewPage }) },
  { path: 'angebote/:offerId/bearbeiten', lazy: async () => ({ Component: (await pages()).OfferEditPage }) },
  { path: 'traeger/:providerId/standorte/neu', lazy: async () => ({ Component: (await pages()).LocationNewPage }) },
  { path: 'standorte/:locationId/bearbeiten', lazy: async () => ({ Component: (await pages()).LocationEditPage }) },
];
