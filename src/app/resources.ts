// Every i18n namespace of the app. German is the source; English must have the same keys.
import { accessibilityText } from '../features/accessibility/i18n';
import { directoryAdminText } from '../features/directory-admin/i18n';
import { directoryText } from '../features/directory/i18n';
import { evaluationText } from '../features/evaluation/i18n';
import { exchangeText } from '../features/exchange/i18n';
import { handoutText } from '../features/handout/i18n';
import { reportsText } from '../features/reports/i18n';
import { reviewsText } from '../features/reviews/i18n';
import { conceptText } from '../features/concept/i18n';
import { indicatorsText } from '../features/indicators/i18n';
import { measuresText } from '../features/measures/i18n';
import { municipalitiesText } from '../features/municipalities/i18n';
import { overviewText } from '../features/overview/i18n';
import { planText } from '../features/plan/i18n';
import { settingsText } from '../features/settings/i18n';
import { common } from '../ui/common-i18n';
import { pwaText } from './pwa/i18n';
import { shell } from './shell-i18n';

const namespaces = {
  common,
  shell,
  pwa: pwaText,
  overview: overviewText,
  concept: conceptText,
  plan: planText,
  measures: measuresText,
  indicators: indicatorsText,
  municipalities: municipalitiesText,
  settings: settingsText,
  directory: directoryText,
  directoryAdmin: directoryAdminText,
  handout: handoutText,
  exchange: exchangeText,
  evaluation: evaluationText,
  reviews: reviewsText,
  reports: reportsText,
  accessibility: accessibilityText,
};

type Namespaces = typeof namespaces;
export type GermanResources = { [N in keyof Namespaces]: Namespaces[N]['de'] };

export const resources = {
  de: Object.fromEntries(Object.entries(namespaces).map(([ns, text]) => [ns, text.de])),
  en: Object.fromEntries(Object.entries(namespaces).map(([ns, text]) => [ns, text.en])),
};
