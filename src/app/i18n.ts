import type { Language } from '../ui/language';
import { storedLanguage } from '../ui/language';
import { provideEnglishChartText } from '../ui/charts/chart-text';
import { i18n } from '../ui/i18n';
import { provideEnglishReasons } from '../ui/status-reasons';
import type { LazyNamespace } from './resources';
import { eagerNamespaces, lazyNamespaces } from './resources';

let started = false;

/**
 * Loads the shell's words in `lng` unless they are there. German comes with the app; English
 * is fetched on demand, so main.tsx awaits this before the first render of an English device.
 */
export async function loadLanguage(lng: Language): Promise<void> {
  if (lng === 'de' || i18n.hasBundle(lng, 'common')) return;
  const english = await import('./english-shell');
  for (const [ns, text] of Object.entries(english.englishShell)) i18n.addBundle(lng, ns, text);
  provideEnglishReasons(english.reasonsEn);
  provideEnglishChartText(english.chartTextEn);
}

/** Loads the shell's words and sets the language: German unless the person chose English before. */
export function initI18n(lng: Language = storedLanguage()): void {
  if (!started) {
    started = true;
    for (const [ns, text] of Object.entries(eagerNamespaces)) i18n.addBundle('de', ns, text.de);
    i18n.setLanguageLoader(loadLanguage);
    i18n.subscribe(() => {
      document.documentElement.lang = i18n.language;
    });
  }
  i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
}

/** Adds a feature's words before its screen renders; a namespace loads once. */
export async function loadNamespace(ns: LazyNamespace): Promise<void> {
  if (i18n.hasBundle('de', ns)) return;
  const text = await lazyNamespaces[ns]();
  i18n.addBundle('de', ns, text.de);
  i18n.addBundle('en', ns, text.en);
}
