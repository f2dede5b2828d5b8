// Where the offer index runs: in a Web Worker where the browser has one, else on the main
// thread (tests in jsdom, very old browsers). One backend for the whole app, so the index
// survives moving between the list and an offer and is only updated, never rebuilt.
import type { SearchDoc } from '../../core/search/documents';
import type { SearchResult } from '../../core/search/engine';
import { OfferIndex } from '../../core/search/engine';
import type { WorkerReply, WorkerRequest } from './search-protocol';

export type SearchBackend = {
  /** Brings the index to these documents; `ready` turns true once the first sync is done. */
  sync: (docs: SearchDoc[]) => void;
  ready: () => boolean;
  /** Answers at once on the main thread, later from a worker. */
  search: (query: string) => SearchResult | Promise<SearchResult>;
  /** Called whenever the index changed (or became ready). */
  subscribe: (listener: () => void) => () => void;
};

function listeners() {
  const set = new Set<() => void>();
  return {
    notify: () => set.forEach((l) => l()),
    subscribe: (l: () => void) => {
      set.add(l);
      return () => void set.delete(l);
    },
  };
}

function localBackend(): SearchBackend {
  const index = new OfferIndex();
  const { notify, subscribe } = listeners();
  let synced = false;
  return {
    sync: (docs) => {
      index.sync(docs);
      synced = true;
      notify();
    },
    ready: () => synced,
    search: (query) => index.search(query),
    subscribe,
  };
}

function workerBackend(): SearchBackend {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const { notify, subscribe } = listeners();
  const pending = new Map<number, (result: SearchResult) => void>();
  let seq = 0;
  let synced = false;
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'synced') {
      synced = true;
      notify();
    } else {
      pending.get(reply.seq)?.(reply.result);
      pending.delete(reply.seq);
    }
  };
  const post = (request: WorkerRequest) => worker.postMessage(request);
  return {
    sync: (docs) => post({ type: 'sync', docs }),
    ready: () => synced,
    search: (query) =>
      new Promise((resolve) => {
        seq += 1;
        pending.set(seq, resolve);
        post({ type: 'search', seq, query });
      }),
    subscribe,
  };
}

let shared: SearchBackend | null = null;

export function searchBackend(): SearchBackend {
  shared ??= typeof Worker === 'undefined' ? localBackend() : workerBackend();
  return shared;
}
