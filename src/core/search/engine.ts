// The offer search: MiniSearch over the flattened offer documents (documents.ts), German
// folding on both sides (fold.ts), and the filters applied to the ranked hits.
//
// Design:
// - Ranking: BM25 per field, with name hits boosted most, then keywords, then places,
//   languages and provider, then description, so "Sprachcafé" in a name ranks above the same
//   word in another offer's description.
// - Terms are combined with AND: each word narrows ("deutschkurs oschersleben arabisch").
//   If AND finds nothing for several words, the search falls back to OR and says so
//   (mode "some"), so a caseworker sees near matches instead of an empty page.
// - Prefix match for terms of three or more characters, typo tolerance (0.2 of the length,
//   at most 2 edits) for terms of four or more: shorter terms with edits match noise, and a
//   one- or two-letter prefix expands to a large part of the vocabulary (slow, and it tells
//   nothing yet). Two-letter terms match exactly, so language codes ("ar", "uk") work.
// - While the last word is still being typed and is shorter than three letters, it is left
//   out ("deutschkurs o" searches "deutschkurs"), so the list does not collapse between
//   words. A one-letter query is not searched at all: the filtered list stands.
// - The index is kept up to date incrementally (OfferIndex.sync): only changed documents are
//   replaced, so an edit does not rebuild 10,000 entries.
// - Until the index is built (in a worker, see the directory feature), scanDocs answers with
//   a plain folded substring scan, so the list is searchable right after a cold start.
import MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { OfferFacets, SearchDoc } from './documents';
import { foldGerman, processTerm, queryTerms, tokenize } from './fold';

export const searchFields = ['name', 'keywords', 'description', 'places', 'languages', 'provider'] as const;

export const boosts: Record<(typeof searchFields)[number], number> = {
  name: 4,
  keywords: 2.5,
  places: 1.5,
  languages: 1.5,
  provider: 1.5,
  description: 1,
};

export const MIN_QUERY_LENGTH = 2;
const PREFIX_FROM = 3;
const FUZZY_FROM = 4;

export type SearchMode = 'all' | 'some' | 'none';
export type SearchHit = { id: string; score: number };
export type SearchResult = { ids: string[]; mode: SearchMode };

function fuzziness(term: string): number | false {
  return term.length >= FUZZY_FROM ? 0.2 : false;
}

export function createSearchIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: [...searchFields],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost: boosts, combineWith: 'AND' },
  });
}

export function searchOptions(combineWith: 'AND' | 'OR'): SearchOptions {
  return {
    boost: boosts,
    combineWith,
    prefix: (term) => term.length >= PREFIX_FROM,
    fuzzy: fuzziness,
    maxFuzzy: 2,
    // Terms are folded already by queryTerms; the index's stop-word removal must not drop a
    // half-typed last word.
    processTerm: (term) => term,
    tokenize: (text) => text.split(' '),
  };
}

/** The ids of matching offers, best first. An empty or too-short query matches nothing. */
export function searchIndex(index: MiniSearch<SearchDoc>, query: string): SearchResult {
  const terms = effectiveTerms(query);
  const text = terms.join(' ');
  if (terms.length === 0) return { ids: [], mode: 'none' };
  const all = index.search(text, searchOptions('AND'));
  if (all.length > 0 || terms.length === 1) return { ids: all.map((hit) => hit.id as string), mode: all.length > 0 ? 'all' : 'none' };
  const some = index.search(text, searchOptions('OR'));
  return { ids: some.map((hit) => hit.id as string), mode: some.length > 0 ? 'some' : 'none' };
}

/** The terms searched for: a short last word still being typed waits for its next letter. */
export function effectiveTerms(query: string): string[] {
  const { terms, typing } = queryTerms(query);
  const last = terms[terms.length - 1];
  const searched = typing && terms.length > 1 && last !== undefined && last.length < PREFIX_FROM ? terms.slice(0, -1) : terms;
  return searched.join('').length >= MIN_QUERY_LENGTH ? searched : [];
}

/** Whether a query is long enough to be searched; shorter ones show the filtered list. */
export function isSearchable(query: string): boolean {
  return effectiveTerms(query).length > 0;
}

const sameDoc = (a: SearchDoc, b: SearchDoc) => searchFields.every((field) => a[field] === b[field]);

/** A search index that follows the directory: sync() adds, replaces and removes documents. */
export class OfferIndex {
  readonly index = createSearchIndex();
  private docs = new Map<string, SearchDoc>();

  /** Brings the index to exactly these documents; returns how many entries changed. */
  sync(docs: readonly SearchDoc[]): number {
    if (this.docs.size === 0) {
      this.index.addAll(docs);
      this.docs = new Map(docs.map((d) => [d.id, d]));
      return docs.length;
    }
    let changed = 0;
    const next = new Map(docs.map((d) => [d.id, d]));
    for (const [id, old] of this.docs) {
      if (!next.has(id)) {
        this.index.discard(id);
        changed += 1;
      } else if (!sameDoc(old, next.get(id)!)) {
        this.index.replace(next.get(id)!);
        changed += 1;
      }
    }
    for (const doc of docs) {
      if (!this.docs.has(doc.id)) {
        this.index.add(doc);
        changed += 1;
      }
    }
    this.docs = next;
    return changed;
  }

  search(query: string): SearchResult {
    return searchIndex(this.index, query);
  }
}

/** Folded text per offer for the scan; build once per data change. */
export type ScanTable = { id: string; name: string; text: string }[];

export function scanTable(docs: readonly SearchDoc[]): ScanTable {
  return docs.map((doc) => ({
    id: doc.id,
    name: foldGerman(doc.name),
    text: foldGerman(`${doc.name} ${doc.keywords} ${doc.places} ${doc.languages} ${doc.provider} ${doc.description}`),
  }));
}

/**
 * The stand-in while the index is being built: offers whose folded text contains every
 * folded query term, those with a hit in the name first. No typo tolerance and a cruder
 * order, but available at once.
 */
export function scanDocs(table: ScanTable, query: string): SearchResult {
  const terms = effectiveTerms(query);
  if (terms.length === 0) return { ids: [], mode: 'none' };
  const named: string[] = [];
  const other: string[] = [];
  for (const row of table) {
    if (!terms.every((term) => row.text.includes(term))) continue;
    (terms.some((term) => row.name.includes(term)) ? named : other).push(row.id);
  }
  const ids = [...named, ...other];
  return { ids, mode: ids.length > 0 ? 'all' : 'none' };
}

/** The facets of every offer, in list order and by id; build once per data change. */
export type FacetTable = { list: readonly OfferFacets[]; byId: ReadonlyMap<string, OfferFacets> };

export function facetTable(list: readonly OfferFacets[]): FacetTable {
  return { list, byId: new Map(list.map((f) => [f.id, f])) };
}

/**
 * The offer list for a query and a facet test: ranked hits when there is a query, else every
 * offer that passes the filters (in the order given, e.g. by name).
 */
export function filterResult(
  result: SearchResult | null,
  facets: FacetTable,
  matches: (facets: OfferFacets) => boolean,
): SearchResult {
  if (result === null) return { ids: facets.list.filter(matches).map((f) => f.id), mode: 'all' };
  const byId = facets.byId;
  const ids = result.ids.filter((id) => {
    const f = byId.get(id);
    return f !== undefined && matches(f);
  });
  return { ids, mode: ids.length > 0 ? result.mode : 'none' };
}

/** One keystroke: the ranked, filtered ids for a query, or the filtered list for a short one. */
export function runSearch(
  search: (query: string) => SearchResult,
  query: string,
  facets: FacetTable,
  matches: (facets: OfferFacets) => boolean,
): SearchResult {
  return filterResult(isSearchable(query) ? search(query) : null, facets, matches);
}
