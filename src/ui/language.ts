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

/** Remembers and applies the language; resolves once the screen shows it. */
export async function switchLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered across reloads when storage is blocked; the switch still applies.
  }
  try {
    await i18n.switchTo(lng);
  } catch (error) {
    // The words could not be fetched (an old worker's cache, say): the screen stays as it is.
    console.error('Loading the language failed', error);
  }
}
