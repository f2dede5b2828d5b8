// Changes made from the example (SPEC P14). A device that never connected holds the example
// concept, whose records have the same ids on every device and on the server, whose county
// started from its coordinator's upload of it. Such a device cannot name a county revision its
// edit started from: the example's records carry none, and the coordinator may have changed a
// record before uploading it, so no revision of the county need equal the example's version.
// The device therefore sends the version itself (`starts`), and the server folds the change
// onto the record it holds, as a device folds its own edit into news from the server (C3):
// mergeRecord(start, stored, change). Only the fields the person changed count as the change;
// a field they did not touch never makes a conflict, and a record deleted on the server stays
// deleted (M9). The folded record then goes through applyWrites as a change based on the stored
// revision, so role, schema, rules and references are checked as for any change (P8, P10, M14),
// and what the fold lost is kept like a device's own conflicts, attributed to the sender (P12).
//
// A start for a record the county does not hold names a record left out of the county's start
// (its coordinator removed it before the first upload): the edit does not bring it in. It is
// stored as a tombstone holding the edit, with the deletion as its conflict, so the coordinator
// can restore it (as M9, M14).
import type { EntityKind } from '../../core/schema';
import type { JsonObject } from '../../core/merge/json';
import { mergeRecord } from '../../core/merge/merge';
import type { ConflictFinding, RecordKey } from '../../core/merge/protocol';
import { keyOf } from '../../core/merge/protocol';
import type { Actor } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { MergeChange } from '../records/apply-writes';
import type { Trx } from '../storage/store';

type Held = { revision: number; record: JsonObject };

/** The county's current version of each record a start names, "kind/id" → record, in a few queries. */
async function heldRecords(trx: Trx, county: string, keys: { kind: EntityKind; id: string }[]): Promise<Map<string, Held>> {
  const held = new Map<string, Held>();
  for (let i = 0; i < keys.length; i += 300) {
    const chunk = keys.slice(i, i + 300);
    const rows = await trx.selectFrom('records').select(['kind', 'id', 'revision', 'data']).where('county', '=', county).where('id', 'in', chunk.map((key) => key.id)).execute();
    for (const row of rows) held.set(`${row.kind}/${row.id}`, { revision: row.revision, record: JSON.parse(row.data) as JsonObject });
  }
  return held;
}

export type Folded = {
  changes: MergeChange[];
  /** What the folds lost, kept like a device's own conflicts (P12). */
  conflicts: ConflictFinding[];
};

/**
 * Folds each change that carries a start onto the county's version (P14); every other change
 * passes as it is. Runs inside the request's transaction, after the county's lock.
 */
export async function foldStarts(trx: Trx, actor: Actor, starts: Partial<Record<RecordKey, JsonObject>>, changes: MergeChange[]): Promise<Folded> {
  const keys = Object.keys(starts) as RecordKey[];
  if (keys.length === 0) return { changes, conflicts: [] };
  const byKey = new Map(changes.map((change) => [`${change.kind}/${change.id}`, change]));
  for (const key of keys) {
    const change = byKey.get(key);
    if (!change) throw new ApiError(400, 'invalid_request', `starts names ${key}, which is not among the changes.`, { key });
    if (change.baseRevision !== null) throw new ApiError(400, 'invalid_request', `${key} has both a base revision and a start; a change has one or the other.`, { key });
  }
  const held = await heldRecords(trx, actor.county, keys.map((key) => byKey.get(key)!));
  const conflicts: ConflictFinding[] = [];
  const folded: MergeChange[] = [];
  for (const change of changes) {
    const key = keyOf(change.kind, change.id);
    const start = starts[key];
    if (!start) {
      folded.push(change);
      continue;
    }
    const stored = held.get(key);
    if (!stored) {
      // Left out of the county's start: a deletion there changes nothing; an edit waits in a tombstone.
      if (change.record.deleted === true) continue;
      folded.push({ ...change, record: { ...change.record, deleted: true }, baseRevision: null });
      conflicts.push({ kind: change.kind, recordId: change.id, path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false });
      continue;
    }
    const merged = mergeRecord(start, stored.record, change.record);
    folded.push({ ...change, record: { ...merged.record, id: change.id }, baseRevision: stored.revision });
    conflicts.push(...merged.conflicts.map((finding) => ({ ...finding, kind: change.kind, recordId: change.id })));
  }
  return { changes: folded, conflicts };
}
