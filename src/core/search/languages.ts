// Language names for search: a caseworker types "arabisch", "Arabic" or "ar" and means the
// same language, so each code is indexed with its German and English name.
const cache = new Map<string, string[]>();
let namers: { de: Intl.DisplayNames; en: Intl.DisplayNames } | null = null;

function display(): { de: Intl.DisplayNames; en: Intl.DisplayNames } {
  namers ??= {
    de: new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' }),
    en: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }),
  };
  return namers;
}

/** "ar" → ["ar", "Arabisch", "Arabic"]; an unknown or malformed code is its own name. */
export function languageSearchNames(code: string): string[] {
  const known = cache.get(code);
  if (known) return known;
  let names = [code];
  try {
    const { de, en } = display();
    names = [...new Set([code, de.of(code) ?? code, en.of(code) ?? code])];
  } catch {
    // A code Intl cannot read (not BCP 47) is still searchable by itself.
  }
  cache.set(code, names);
  return names;
}

/** A language's name in the reader's language, for display. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
