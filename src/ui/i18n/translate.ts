// Looking a key up in the word lists and filling it in. The app's needs are small (nested keys,
// "namespace:key", {{placeholders}}, plural forms by count, German as the fallback), so this
// replaces a general i18n library that made up a tenth of the first-load JavaScript.
export type Bundle = { readonly [key: string]: string | Bundle };
export type Params = { readonly count?: number; readonly returnObjects?: boolean; readonly [name: string]: string | number | boolean | null | undefined };
/** The loaded words: language → namespace → bundle. */
export type Bundles = Record<string, Record<string, Bundle>>;

const FALLBACK_LANGUAGE = 'de';

function lookup(bundle: Bundle | undefined, path: string): string | Bundle | undefined {
  let node: string | Bundle | undefined = bundle;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** Fills `{{name}}` placeholders; a placeholder without a value stays visible, not blank. */
export function interpolate(text: string, params: Params): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? placeholder : String(value);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/**
 * The words for `key` in `language`, else in German. A key without "namespace:" is looked up in
 * `namespaces` in order. With a numeric `count`, the plural form (`key_one`, `key_other`) comes
 * first. A missing key is returned as it is, so it shows up on screen and in tests.
 */
export function translate(bundles: Bundles, language: string, namespaces: readonly string[], key: string, params: Params = {}): string | Bundle {
  const colon = key.indexOf(':');
  const searched = colon > 0 ? [key.slice(0, colon)] : namespaces;
  const path = colon > 0 ? key.slice(colon + 1) : key;
  for (const lang of language === FALLBACK_LANGUAGE ? [language] : [language, FALLBACK_LANGUAGE]) {
    for (const ns of searched) {
      const bundle = bundles[lang]?.[ns];
      const plural = typeof params.count === 'number' ? lookup(bundle, `${path}_${pluralForm(lang, params.count)}`) : undefined;
      const found = plural ?? lookup(bundle, path);
      if (typeof found === 'string') return interpolate(found, params);
      if (found !== undefined && params.returnObjects) return found;
    }
  }
  return key;
}
