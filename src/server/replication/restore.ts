// Restoring an earlier value (SPEC.md H3, H4): the value is written into the record as it stands
// now, as a new revision, through applyWrites like any change (role, schema, rules, references;
// a refused value refuses the restore). Only the value at the path changes; everything else the
// record gained since stays. A conflict's losing value is restored on behalf of the person who
// lost it: the restore must lie within their role too (conflict-routes.ts says why).
import type { EntityKind } from '../../core/schema';
import type { JsonObject } from '../../core/merge/json';
import { withValueAt } from '../../core/merge/paths';
import type { Actor } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { MergeChange, Outcome } from '../records/apply-writes';
import { writeChanges } from '../records/apply-writes';
import type { StoreKind, Trx } from '../storage/store';

/** Writes `value` at `path` of the record (path [] replaces the record's content; ['deleted'] deletes or restores it). */
export async function restoreValue(
  trx: Trx, storeKind: StoreKind, actor: Actor, kind: EntityKind, id: string, path: readonly string[], value: unknown, now: Date,
  onBehalfOf?: MergeChange['onBehalfOf'],
): Promise<Outcome> {
  const row = await trx.selectFrom('records').select(['revision', 'data']).where('county', '=', actor.county).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
  if (!row) throw new ApiError(404, 'not_found', `There is no ${kind}/${id}.`, { kind, id });
  const current = JSON.parse(row.data) as JsonObject;
  let next: JsonObject;
  if (path.length === 0) next = { ...(value as JsonObject), deleted: (value as JsonObject).deleted === true };
  else if (path.length === 1 && path[0] === 'deleted') next = { ...current, deleted: value === true };
  else next = withValueAt(current, path, value);
  // Based on the current revision, the merge takes every field the restore changes (M1).
  const change: MergeChange = { op: 'merge', kind, id, record: { ...next, id }, baseRevision: row.revision, onProblems: 'refuse', ...(onBehalfOf ? { onBehalfOf } : {}) };
  return writeChanges(trx, storeKind, actor, [change], now);
}
