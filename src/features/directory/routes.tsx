import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'angebote', lazy: async () => ({ Component: (await import('./OffersPage')).OffersPage }) },
  { path: 'angebote/vermittlungen', lazy: async () => ({ Component: (await import('./ReferralsPage')).ReferralsPage }) },
  { path: 'angebote/:offerId', lazy: async () => ({ Component: (await import('./OfferPage')).OfferPage }) },
  { path: 'traeger', lazy: async () => ({ Component: (await import('./ProvidersPage')).ProvidersPage }) },
  { path: 'traeger/:providerId', lazy: async () => ({ Component: (await import('./ProviderPage')).ProviderPage }) },
];
