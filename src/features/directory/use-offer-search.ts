// The offer list's search as the person types. Results come from the index once it is
// built (in a worker); until then a folded scan answers, so the list is searchable right
// after a cold start. While a worker answer is on its way the previous results stay.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DirectoryData } from '../../core/search/documents';
import { buildSearchEntries } from '../../core/search/documents';
import type { SearchResult } from '../../core/search/engine';
import { facetTable, filterResult, isSearchable, scanDocs, scanTable } from '../../core/search/engine';
import type { OfferFilter } from '../../core/search/filters';
import { facetMatcher } from '../../core/search/filters';
import { useEntities } from '../../db/hooks';
import { searchBackend } from './search-backend';

/** Everything the search needs, offers in name order; undefined while loading. */
export function useDirectoryData(lang: string): DirectoryData | undefined {
  const offers = useEntities('offers');
  const providers = useEntities('providers');
  const locations = useEntities('locations');
  const municipalities = useEntities('municipalities');
  return useMemo(() => {
    if (!offers || !providers || !locations || !municipalities) return undefined;
    const sorted = [...offers].sort((a, b) => a.name.localeCompare(b.name, lang));
    return { offers: sorted, providers, locations, municipalities };
  }, [offers, providers, locations, municipalities, lang]);
}

export type OfferSearch = SearchResult & { indexed: boolean };

export function useOfferSearch(data: DirectoryData | undefined, query: string, filter: OfferFilter): OfferSearch | undefined {
  const backend = searchBackend();
  const version = useSyncExternalStore(backend.subscribe, () => backend.ready());
  const entries = useMemo(() => (data ? buildSearchEntries(data) : undefined), [data]);
  const facets = useMemo(() => (entries ? facetTable(entries.facets) : undefined), [entries]);
  const parents = useMemo(() => new Map((data?.municipalities ?? []).map((m) => [m.id, m.parentId])), [data]);
  const matches = useMemo(() => facetMatcher(filter, parents), [filter, parents]);
  // The scan's folded texts are only needed until the index is ready.
  const scan = useMemo(() => (entries && !version ? scanTable(entries.docs) : null), [entries, version]);
  const [answer, setAnswer] = useState<{ query: string; result: SearchResult } | null>(null);

  useEffect(() => {
    if (entries) backend.sync(entries.docs);
  }, [backend, entries]);

  const searchable = isSearchable(query);
  const immediate = useMemo(() => {
    if (!searchable || !version) return null;
    const result = backend.search(query);
    return result instanceof Promise ? null : result;
  }, [backend, query, searchable, version]);

  useEffect(() => {
    if (!searchable || !version || immediate) return;
    let live = true;
    void Promise.resolve(backend.search(query)).then((result) => {
      if (live) setAnswer({ query, result });
    });
    return () => {
      live = false;
    };
  }, [backend, query, searchable, version, immediate, entries]);

  if (!entries || !facets) return undefined;
  if (!searchable) return { ...filterResult(null, facets, matches), indexed: version };
  if (immediate) return { ...filterResult(immediate, facets, matches), indexed: true };
  if (version && answer) return { ...filterResult(answer.result, facets, matches), indexed: true };
  return { ...filterResult(scanDocs(scan ?? scanTable(entries.docs), query), facets, matches), indexed: false };
}
