// Requests of one device that overlap (SPEC F6). A tablet that saves a change file, goes on
// working and saves another (or saves one while an attempt's answer is lost) holds the first
// request's changes in the second too, made from what it had before the first: it cannot know
// whether, or when, the first reaches the server. The second names, per record, the earlier
// requests that carried it, oldest first, with the record as each sent it (`after`). The change
// counts from the version the newest applied one sent, folded like a change from a start (P14),
// so only what the person changed afterwards is theirs and their later edit never loses to
// their earlier one. (A device names only requests made since its change's base: an answer
// that re-based the change already holds them.) Where none was applied, the change is applied as it is (it holds all
// they did, newer). Earlier requests not applied are answered as this one from then on, so one
// arriving later applies nothing (P4).
import type { JsonObject } from '../../core/merge/json';
import type { ParsedSyncRequest, RecordKey } from '../../core/merge/protocol';
import { keyOf } from '../../core/merge/protocol';
import type { Actor } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { MergeChange } from '../records/apply-writes';
import type { Trx } from '../storage/store';

export type AfterEarlier = {
  changes: MergeChange[];
  /** The starts to fold from (P14): the request's own, and the earlier requests' versions where they were applied. */
  starts: Partial<Record<RecordKey, JsonObject>>;
  /** Earlier requests the server has not applied: from now on answered as this one. */
  subsumed: string[];
};

/** Runs inside the request's transaction, after the county's lock and before the starts' fold. */
export async function followEarlier(trx: Trx, actor: Actor, request: ParsedSyncRequest, changes: MergeChange[]): Promise<AfterEarlier> {
  const after = request.after;
  const keys = Object.keys(after) as RecordKey[];
  if (keys.length === 0) return { changes, starts: request.starts, subsumed: [] };
  const carried = new Set(changes.map((change) => keyOf(change.kind, change.id)));
  for (const key of keys) {
    if (!carried.has(key)) throw new ApiError(400, 'invalid_request', `after names ${key}, which is not among the changes.`, { key });
    if (after[key]!.some((before) => before.syncId === request.syncId)) throw new ApiError(400, 'invalid_request', `after names this request's own syncId for ${key}.`, { key });
  }
  const earlier = [...new Set(keys.flatMap((key) => after[key]!.map((before) => before.syncId)))];
  const rows = await trx.selectFrom('sync_requests').select('sync_id').where('county', '=', actor.county).where('sync_id', 'in', earlier).execute();
  const applied = new Set(rows.map((row) => row.sync_id));
  const starts = { ...request.starts };
  const followed = changes.map((change): MergeChange => {
    const key = keyOf(change.kind, change.id);
    const before = after[key]?.findLast((earlierRequest) => applied.has(earlierRequest.syncId));
    if (!before) return change;
    starts[key] = before.start;
    return { ...change, baseRevision: null };
  });
  return { changes: followed, starts, subsumed: earlier.filter((syncId) => !applied.has(syncId)) };
}
