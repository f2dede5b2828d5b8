// The coordinator's side of sync on the server: the conflicts to review (restore the value
// that lost, or keep the stored one), and an entry's history (every revision, who and when;
// restoring an earlier value, or one field of it, writes it as a new revision).
import type { EntityKind } from '../core/schema';
import type { SyncConflict } from '../core/merge/protocol';
import { serverRequest } from './server-api';

export type Revision = {
  revision: number; countyRevision: number; deleted: boolean; updatedBy: string; updatedAt: string; record: Record<string, unknown>;
  /** A new entry the server refused at sync: deleted by the rules, not by its author. */
  refused?: boolean;
};

export const reviewApi = {
  conflicts: (token: string) => serverRequest<{ conflicts: SyncConflict[] }>('GET', '/api/conflicts?status=open', { token }).then((answer) => answer.conflicts),
  restoreConflict: (token: string, id: string) => serverRequest<unknown>('POST', `/api/conflicts/${id}/resolve`, { token, body: { action: 'restore' } }),
  dismissConflict: (token: string, id: string) => serverRequest<unknown>('POST', `/api/conflicts/${id}/resolve`, { token, body: { action: 'dismiss' } }),
  history: (token: string, kind: EntityKind, id: string) =>
    serverRequest<{ revisions: Revision[] }>('GET', `/api/records/${kind}/${id}/history`, { token }).then((answer) => answer.revisions),
  restoreRevision: (token: string, kind: EntityKind, id: string, revision: number, path?: readonly string[]) =>
    serverRequest<unknown>('POST', `/api/records/${kind}/${id}/restore`, { token, body: { revision, ...(path ? { path } : {}) } }),
};
