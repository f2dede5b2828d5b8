import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../ui/language';
import { storedLanguage } from '../ui/language';
import { lazyNamespaces, resources, type LazyNamespace } from './resources';

/** Initialises i18next once; German unless the person chose English before. */
export async function initI18n(lng: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'de',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', (next) => {
      document.documentElement.lang = next;
    });
  } else if (i18next.language !== lng) {
    await i18next.changeLanguage(lng);
  }
  document.documentElement.lang = lng;
  return i18next;
}

/** Adds a feature's words before its screen renders; a namespace loads once. */
export async function loadNamespace(ns: LazyNamespace): Promise<void> {
  if (i18next.hasResourceBundle('de', ns)) return;
  const text = await lazyNamespaces[ns]();
  i18next.addResourceBundle('de', ns, text.de);
  i18next.addResourceBundle('en', ns, text.en);
}
