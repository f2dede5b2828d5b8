// German folding for search: a caseworker types on a tablet keyboard, often without umlauts,
// so "Strasse", "straße" and "STRASSE" must be the same word, and "uebersetzung" must find
// "Übersetzung". Every term is folded the same way when it is indexed and when it is asked
// for, so the index holds one spelling per word.

const replacements: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/** Lower case, umlauts and ß spelled out, other accents dropped (é → e, ł stays ł). */
export function foldGerman(term: string): string {
  const lower = term.toLowerCase().replace(/[äöüßẞ]/g, (c) => replacements[c] ?? c);
  // Only decompose when there is something left to strip: most words are plain ASCII.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Small words that carry no meaning in a search and would only narrow an AND query. */
const stopwords = new Set(['und', 'oder', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'fuer', 'mit', 'von', 'im', 'in', 'am', 'an', 'zu', 'zum', 'zur', 'auf', 'bei', 'fur', 'the', 'and', 'for', 'of']);

export function isStopword(folded: string): boolean {
  return stopwords.has(folded);
}

/** The term as stored in the index; null drops it. */
export function processTerm(term: string): string | null {
  const folded = foldGerman(term);
  if (folded === '' || stopwords.has(folded)) return null;
  return folded;
}

/**
 * The folded terms of a query. Stop words are dropped, except the last word while it is
 * still being typed ("in" may become "integration"), which `typing` says.
 */
export function queryTerms(query: string): { terms: string[]; typing: boolean } {
  const words = tokenize(query).map(foldGerman);
  const typing = query.length > 0 && !/[\s\p{P}]$/u.test(query);
  const terms = words.filter((word, i) => !stopwords.has(word) || (typing && i === words.length - 1));
  return { terms, typing };
}

/** Splits text into words at spaces and punctuation, keeping letters of every script and digits. */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
}
