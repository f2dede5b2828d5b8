// The languages a coordinator can enter for an offer (spoken languages, translations) and a
// caseworker can pick for a hand-out. Each carries its own name (endonym), so a client can
// find their language in the list, and its writing direction, so text in it is shown and
// printed the right way round. The list follows the main countries of origin in the county
// plus the EU languages heard most; any other BCP 47 tag still passes the schema.

export type Direction = 'ltr' | 'rtl';

export type LanguageInfo = {
  tag: string;
  /** The language's name in itself. */
  own: string;
  de: string;
  en: string;
  dir: Direction;
};

export const enterableLanguages: readonly LanguageInfo[] = [
  { tag: 'de', own: 'Deutsch', de: 'Deutsch', en: 'German', dir: 'ltr' },
  { tag: 'en', own: 'English', de: 'Englisch', en: 'English', dir: 'ltr' },
  { tag: 'ar', own: 'العربية', de: 'Arabisch', en: 'Arabic', dir: 'rtl' },
  { tag: 'uk', own: 'Українська', de: 'Ukrainisch', en: 'Ukrainian', dir: 'ltr' },
  { tag: 'ru', own: 'Русский', de: 'Russisch', en: 'Russian', dir: 'ltr' },
  { tag: 'fa', own: 'فارسی', de: 'Persisch (Farsi)', en: 'Persian (Farsi)', dir: 'rtl' },
  { tag: 'prs', own: 'دری', de: 'Dari', en: 'Dari', dir: 'rtl' },
  { tag: 'ps', own: 'پښتو', de: 'Paschtu', en: 'Pashto', dir: 'rtl' },
  { tag: 'tr', own: 'Türkçe', de: 'Türkisch', en: 'Turkish', dir: 'ltr' },
  { tag: 'ku', own: 'Kurdî', de: 'Kurdisch (Kurmandschi)', en: 'Kurdish (Kurmanji)', dir: 'ltr' },
  { tag: 'ti', own: 'ትግርኛ', de: 'Tigrinya', en: 'Tigrinya', dir: 'ltr' },
  { tag: 'so', own: 'Soomaali', de: 'Somali', en: 'Somali', dir: 'ltr' },
  { tag: 'ur', own: 'اردو', de: 'Urdu', en: 'Urdu', dir: 'rtl' },
  { tag: 'he', own: 'עברית', de: 'Hebräisch', en: 'Hebrew', dir: 'rtl' },
  { tag: 'fr', own: 'Français', de: 'Französisch', en: 'French', dir: 'ltr' },
  { tag: 'es', own: 'Español', de: 'Spanisch', en: 'Spanish', dir: 'ltr' },
  { tag: 'pl', own: 'Polski', de: 'Polnisch', en: 'Polish', dir: 'ltr' },
  { tag: 'ro', own: 'Română', de: 'Rumänisch', en: 'Romanian', dir: 'ltr' },
  { tag: 'bg', own: 'Български', de: 'Bulgarisch', en: 'Bulgarian', dir: 'ltr' },
  { tag: 'vi', own: 'Tiếng Việt', de: 'Vietnamesisch', en: 'Vietnamese', dir: 'ltr' },
  { tag: 'sq', own: 'Shqip', de: 'Albanisch', en: 'Albanian', dir: 'ltr' },
  { tag: 'sr', own: 'Srpski', de: 'Serbisch', en: 'Serbian', dir: 'ltr' },
];

const byTag = new Map(enterableLanguages.map((l) => [l.tag, l]));

/** Right-to-left scripts, by primary subtag, for tags that are not in the list above. */
const rtlPrimary = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'yi', 'ckb', 'sd', 'dv']);

const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

export function languageInfo(tag: string): LanguageInfo | undefined {
  return byTag.get(tag) ?? byTag.get(primary(tag));
}

export function directionOf(tag: string): Direction {
  return rtlPrimary.has(primary(tag)) ? 'rtl' : 'ltr';
}

/** "Arabisch (العربية)" in German, "Arabic (العربية)" in English; the tag itself when unknown. */
export function languageLabel(tag: string, uiLang: 'de' | 'en'): string {
  const info = languageInfo(tag);
  if (!info) return tag;
  const name = info[uiLang];
  return info.own === name ? name : `${name} (${info.own})`;
}
