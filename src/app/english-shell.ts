// The English words of the shell and the overview, with the status reasons and charts it shows. Loaded only when a person chooses English
// (src/app/i18n.ts), so a first visit in German does not carry them.
import { overviewEn } from '../features/overview/i18n-en';
import { commonEn } from '../ui/common-i18n-en';
import { pwaEn } from './pwa/i18n-en';
import type { Translation } from '../ui/translation';
import type { eagerNamespaces } from './resources';
import { shellEn } from './shell-i18n-en';

export const englishShell: { [N in keyof typeof eagerNamespaces]: Translation<(typeof eagerNamespaces)[N]['de']> } = { common: commonEn, shell: shellEn, pwa: pwaEn, overview: overviewEn };

export { chartTextEn } from '../ui/charts/chart-text-en';
export { reasonsEn } from '../ui/status-reasons-en';
