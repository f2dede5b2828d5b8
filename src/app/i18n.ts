import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './resources';
import { languages, resources } from './resources';

const STORAGE_KEY = 'language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return languages.includes(stored as Language) ? (stored as Language) : 'de';
  } catch {
    // Storage can be blocked (private mode); German is the default.
    return 'de';
  }
}

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

export async function switchLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered across reloads when storage is blocked; the switch still applies.
  }
  await i18next.changeLanguage(lng);
}
