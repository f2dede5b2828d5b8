// The current interface language and the loaded words. Screens read them through
// useTranslation; a language switch re-renders every screen that uses words.
import type { Language } from '../language';
import type { Namespace, TFunction } from './keys';
import type { Bundle, Bundles, Params } from './translate';
import { translate } from './translate';

// Typed as the app's languages, so screens pass it straight to the core's German/English words.
let language: Language = 'de';
const bundles: Bundles = {};
const listeners = new Set<() => void>();
// Set by the app: fetches a language's words that do not come with the first load.
let loadLanguage: (lng: Language) => Promise<void> = () => Promise.resolve();

export const i18n = {
  get language(): Language {
    return language;
  },
  changeLanguage(next: Language): void {
    if (next === language) return;
    language = next;
    for (const listener of listeners) listener();
  },
  setLanguageLoader(loader: (lng: Language) => Promise<void>): void {
    loadLanguage = loader;
  },
  /** Switches once the language's words are there: at once when loaded, else after fetching them. */
  async switchTo(next: Language): Promise<void> {
    if (!this.hasBundle(next, 'common')) await loadLanguage(next);
    this.changeLanguage(next);
  },
  // An arrow function, so React's useSyncExternalStore can take it unbound.
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  addBundle(lang: string, ns: string, bundle: Bundle): void {
    (bundles[lang] ??= {})[ns] = bundle;
  },
  hasBundle(lang: string, ns: string): boolean {
    return bundles[lang]?.[ns] !== undefined;
  },
  /** Words in one language regardless of the interface language (German CSV headers, say). */
  getFixedT<N extends Namespace>(lang: string, namespaces: N | readonly N[]): TFunction<N> {
    const list: readonly string[] = typeof namespaces === 'string' ? [namespaces] : namespaces;
    // The overloads of TFunction describe what translate returns for each kind of key.
    return ((key: string, params?: Params) => translate(bundles, lang, list, key, params)) as TFunction<N>;
  },
};
export type I18n = typeof i18n;
