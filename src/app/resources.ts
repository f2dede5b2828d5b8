// Every i18n namespace of the app. German is the source; English must have the same keys.
// The shell's words and the first screen's load with the app; every other feature's words
// load with its screens (see routes.tsx), so the first load does not carry them.
import { overviewText } from '../features/overview/i18n';
import { common } from '../ui/common-i18n';
import { pwaText } from './pwa/i18n';
import { shell } from './shell-i18n';

export const eagerNamespaces = { common, shell, pwa: pwaText, overview: overviewText };

export const lazyNamespaces = {
  concept: () => import('../features/concept/i18n').then((m) => m.conceptText),
  plan: () => import('../features/plan/i18n').then((m) => m.planText),
  measures: () => import('../features/measures/i18n').then((m) => m.measuresText),
  indicators: () => import('../features/indicators/i18n').then((m) => m.indicatorsText),
  municipalities: () => import('../features/municipalities/i18n').then((m) => m.municipalitiesText),
  settings: () => import('../features/settings/i18n').then((m) => m.settingsText),
  directory: () => import('../features/directory/i18n').then((m) => m.directoryText),
  directoryAdmin: () => import('../features/directory-admin/i18n').then((m) => m.directoryAdminText),
  handout: () => import('../features/handout/i18n').then((m) => m.handoutText),
  exchange: () => import('../features/exchange/i18n').then((m) => m.exchangeText),
  evaluation: () => import('../features/evaluation/i18n').then((m) => m.evaluationText),
  reviews: () => import('../features/reviews/i18n').then((m) => m.reviewsText),
  reports: () => import('../features/reports/i18n').then((m) => m.reportsText),
  accessibility: () => import('../features/accessibility/i18n').then((m) => m.accessibilityText),
  account: () => import('../features/account/i18n').then((m) => m.accountText),
  sync: () => import('../features/sync-screens/i18n').then((m) => m.syncText),
  storageProblem: () => import('./pwa/storage-problem-i18n').then((m) => m.storageProblemText),
  entries: () => import('../ui/entry-i18n').then((m) => m.entriesText),
};
export type LazyNamespace = keyof typeof lazyNamespaces;

type Namespaces = typeof eagerNamespaces & { [N in LazyNamespace]: Awaited<ReturnType<(typeof lazyNamespaces)[N]>> };
export type GermanResources = { [N in keyof Namespaces]: Namespaces[N]['de'] };

