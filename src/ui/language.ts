// The interface language: German by default, English on request, remembered on the device.
import { i18n } from './i18n';

export type Language = 'de' | 'en';
export const languages: Language[] = ['de', 'en'];
const STORAGE_KEY = 'language';

export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return languages.includes(stored as Language) ? (stored as Language) : 'de';
  } catch {
    // Storage can be blocked (private mode); German is the default.
    return 'de';
  }
}

export function switchLanguage(lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered across reloads when storage is blocked; the switch still applies.
  }
  i18n.changeLanguage(lng);
}
