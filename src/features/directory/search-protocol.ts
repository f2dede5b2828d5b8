// Messages between the offer list and the search worker.
import type { SearchDoc } from '../../core/search/documents';
import type { SearchResult } from '../../core/search/engine';

export type WorkerRequest = { type: 'sync'; docs: SearchDoc[] } | { type: 'search'; seq: number; query: string };
export type WorkerReply = { type: 'synced'; changed: number } | { type: 'result'; seq: number; result: SearchResult };
