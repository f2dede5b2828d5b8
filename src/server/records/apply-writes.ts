// The one server-side write path. Every record change, from the record routes, the sync route
// and the history's restore, goes through applyWrites, which in one transaction:
//   1. locks the county's row and hands out its next revisions as changes are stored (the lock
//      is held until the commit, so writers of a county are serialised and revision N commits
//      before N+1 is handed out: a reader that saw N never misses a change numbered N or lower
//      that commits later);
//   2. for a device's change from a sync (op merge), merges it with the stored record against
//      the revision it was based on (core merge, SPEC.md M1–M14);
//   3. asks the core's rulebook (src/core/rulebook/judge.ts) about each change, with this
//      request's record cache as its lookup: role (field by field where a role may change only
//      some fields; a revival is a creation), schema, the core's write rules and the references
//      it adds; tombstones included. A merged record the rules refuse becomes a conflict instead
//      of a refusal (M14);
//   4. stores the record's next revision and keeps every revision in the history.
// Any refusal throws, the transaction rolls back, and nothing of the request is stored.
import { describeProblem } from '../../core/messages';
import { latestToday } from '../../core/past-date-rules';
import type { Verdict, WriteContext } from '../../core/rulebook/judge';
import { forbiddenProblem, judgeDelete, judgeMerge, judgePut } from '../../core/rulebook/judge';
import type { Refusal } from '../../core/rulebook/role-asks';
import type { Operation, Role } from '../../core/rulebook/roles';
import { mayDo } from '../../core/rulebook/roles';
import type { EntityKind } from '../../core/schema';
import type { JsonObject } from '../../core/merge/json';
import { sameJson } from '../../core/merge/json';
import type { Finding } from '../../core/merge/merge';
import { mergeRecord, rejectChange } from '../../core/merge/merge';
import { valueAt } from '../../core/merge/paths';
import type { ConflictFinding } from '../../core/merge/protocol';
import type { Problem } from '../../core/validation';
import { validateEntity } from '../../core/validation';
import type { Actor } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Store, StoreKind, Trx } from '../storage/store';
import type { RecordTable } from '../storage/tables';
import type { StoredRecord } from './record-lookup';
import { RecordCache } from './record-lookup';

/** A device's change from a sync (P1), merged with the stored record against its base. */
export type MergeChange = {
  op: 'merge';
  kind: EntityKind;
  id: string;
  record: JsonObject;
  /** The server revision the change was made from; null: new on the device. */
  baseRevision: number | null;
  /** The record comes in an older data format: a field it lacks is not its change (P9). */
  olderFormat?: boolean;
  /** What a write rule refuses becomes a conflict (a sync, M14) or refuses the request (a restore, H3). */
  onProblems: 'conflict' | 'refuse';
  /**
   * The person whose value the change writes, when it is not the sender: a conflict's losing
   * value restored (H4). The change must lie within their role as well as the sender's.
   */
  onBehalfOf?: { name: string; role: Role };
  /**
   * Who made the change, as the sent record names them, when that is not the sender (a change
   * file another account reads in, say): kept as the record's madeBy for people to read. The
   * change is judged, signed (updatedBy) and attributed in conflicts as the sender's.
   */
  madeBy?: string;
};

export type Change =
  | { op: 'put'; kind: EntityKind; id: string; record: unknown; baseRevision?: number | undefined }
  | { op: 'delete'; kind: EntityKind; id: string; baseRevision?: number | undefined }
  | MergeChange;

export type Written = { kind: EntityKind; id: string; revision: number; countyRevision: number; record: Record<string, unknown> };

/** A conflict a merge found, with who and which revisions; the caller gives it an id and stores it. */
export type FoundConflict = ConflictFinding & { keptRevision: number; baseRevision: number | null; keptBy: string; lostBy: string };

export type Outcome = {
  written: Written[];
  countyRevision: number;
  /** Every record a merge change named, as the server now holds it (written or not, P7). */
  settled: Map<string, { kind: EntityKind; id: string; record: Record<string, unknown> }>;
  conflicts: FoundConflict[];
};

type Stored = StoredRecord;

function forbidden(actor: Actor, change: Change, refusal: Refusal): ApiError {
  // Refused on behalf of a conflict's loser: the restorer's own role would allow it, so say whose rights fell short.
  const behalf = change.op === 'merge' && change.onBehalfOf && refusal.role !== actor.role ? ` The value was lost by ${change.onBehalfOf.name}, whose role decides what may be restored of it.` : '';
  return new ApiError(403, 'forbidden', `${describeProblem(forbiddenProblem(change.kind, refusal), 'en')}${behalf} (${change.kind}/${change.id})`, {
    kind: change.kind, id: change.id, operation: refusal.operation, role: refusal.role, ...(refusal.fields ? { fields: refusal.fields } : {}),
  });
}

export function withMessages(problems: Problem[]) {
  return problems.map((p) => ({ path: p.path, code: p.code, message: describeProblem(p, 'en'), params: p.params }));
}

/** A refusal of the rulebook as the HTTP answer: 403 for the role, 400 naming the problems otherwise. */
function httpRefusal(actor: Actor, change: Change, verdict: Extract<Verdict<unknown>, { ok: false }>, what: string): ApiError {
  if (verdict.forbidden) return forbidden(actor, change, verdict.forbidden);
  const { problems } = verdict;
  const references = problems.every((p) => p.code === 'missing_reference');
  const words = references ? 'refers to records that do not exist or were deleted' : `is not a valid record: ${describeProblem(problems[0]!, 'en')}`;
  return new ApiError(400, references ? 'missing_reference' : 'invalid_record', `${what} ${words}`, { kind: change.kind, id: change.id, problems: withMessages(problems) });
}

/** One revision of a record from its history; undefined when the record never had it. */
export async function readRevision(trx: Trx, county: string, kind: EntityKind, id: string, revision: number): Promise<Record<string, unknown> | undefined> {
  const row = await trx.selectFrom('record_history').select('data').where('county', '=', county).where('kind', '=', kind).where('id', '=', id).where('revision', '=', revision).executeTakeFirst();
  return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
}

/** The base revisions of a sync's changes, "kind/id" → record, in a few queries. */
async function readBases(trx: Trx, county: string, changes: Change[]): Promise<Map<string, Record<string, unknown>>> {
  const wanted = changes.flatMap((c) => (c.op === 'merge' && c.baseRevision !== null ? [{ id: c.id, revision: c.baseRevision }] : []));
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < wanted.length; i += 300) {
    const chunk = wanted.slice(i, i + 300);
    const rows = await trx
      .selectFrom('record_history')
      .select(['kind', 'id', 'revision', 'data'])
      .where('county', '=', county)
      .where((eb) => eb(eb.refTuple('id', 'revision'), 'in', chunk.map((w) => eb.tuple(w.id, w.revision))))
      .execute();
    for (const row of rows) found.set(`${row.kind}/${row.id}@${row.revision}`, JSON.parse(row.data) as Record<string, unknown>);
  }
  return found;
}

/** The county's revision, with its row locked until the transaction ends (P6). */
export async function lockCounty(trx: Trx, county: string): Promise<number> {
  const row = await trx.updateTable('counties').set((eb) => ({ revision: eb.ref('revision') })).where('key', '=', county).returning('revision').executeTakeFirst();
  if (!row) throw new ApiError(404, 'unknown_county', `There is no county ${county}.`);
  return row.revision;
}

/** Who kept and who lost a finding: the side whose value stayed at the path kept it. */
function attributed(finding: Finding, change: MergeChange, stored: Stored | undefined, actor: Actor): FoundConflict {
  const storedBy = typeof stored?.record.updatedBy === 'string' ? stored.record.updatedBy : actor.name;
  const oursKept = finding.reason === 'rejected' || (stored !== undefined && sameJson(valueAt(stored.record, finding.path), finding.kept));
  return {
    ...finding,
    kind: change.kind,
    recordId: change.id,
    keptRevision: stored?.revision ?? 0,
    baseRevision: change.baseRevision,
    keptBy: oursKept ? storedBy : actor.name,
    lostBy: oursKept ? actor.name : storedBy,
  };
}

/** "kind/id" of the live records the changes bring: references to them hold wherever they stand in the request. */
function arrivingKeys(changes: Change[]): string[] {
  return changes.flatMap((change) => {
    const live = change.op === 'put' || (change.op === 'merge' && change.record.deleted !== true);
    return live ? [`${change.kind}/${change.id}`] : [];
  });
}

export async function writeChanges(trx: Trx, storeKind: StoreKind, actor: Actor, changes: Change[], now: Date): Promise<Outcome> {
  const start = await lockCounty(trx, actor.county);
  let countyRevision = start;
  const at = now.toISOString();
  const cache = new RecordCache(trx, storeKind, actor.county);
  cache.expect(arrivingKeys(changes));
  const rules: WriteContext = { role: actor.role, today: latestToday(now), lookup: cache };
  const merging = changes.filter((change) => change.op === 'merge');
  await cache.prefetch(merging.map((change) => `${change.kind}/${change.id}`));
  const bases = await readBases(trx, actor.county, merging);
  const written: Written[] = [];
  const settled: Outcome['settled'] = new Map();
  const conflicts: FoundConflict[] = [];

  // Rows are written together at the end (later changes read through the cache): a county's
  // first upload of thousands of records takes a few statements, not thousands.
  const rows: RecordTable[] = [];
  const store = (change: Change, record: Record<string, unknown>) => {
    countyRevision += 1;
    const revision = record.revision as number;
    const deleted = record.deleted === true ? 1 : 0;
    const data = JSON.stringify(record);
    rows.push({ county: actor.county, kind: change.kind, id: change.id, revision, county_revision: countyRevision, deleted, data, updated_by: actor.name, updated_at: at });
    cache.wrote(change.kind, change.id, { revision, deleted: deleted === 1, record });
    written.push({ kind: change.kind, id: change.id, revision, countyRevision, record });
  };

  for (const [index, change] of changes.entries()) {
    const key = `${change.kind}/${change.id}`;
    const stored = await cache.get(change.kind, change.id);
    // The server sets the bookkeeping (README): a record keeps the createdAt of its first
    // revision here, and a new one is created now, whatever the device's copy says.
    const stamp = (record: Record<string, unknown>) => {
      const { madeBy: _claimed, ...content } = record;
      const madeBy = change.op === 'merge' && change.madeBy !== undefined && change.madeBy !== actor.name ? { madeBy: change.madeBy } : {};
      return { ...content, id: change.id, createdAt: stored?.record.createdAt ?? at, updatedAt: at, updatedBy: actor.name, ...madeBy, revision: (stored?.revision ?? 0) + 1 };
    };

    if (change.op === 'merge') {
      const base = change.baseRevision === null ? undefined : bases.get(`${key}@${change.baseRevision}`);
      if (change.baseRevision !== null && !base) {
        throw new ApiError(400, 'unknown_base', `${key} never had revision ${change.baseRevision}.`, { kind: change.kind, id: change.id, baseRevision: change.baseRevision });
      }
      const earlier = base ?? stored?.record;
      // P9: a field the older format does not know keeps the value the device started from.
      const raw = change.olderFormat && earlier ? { ...earlier, ...change.record } : change.record;
      if (raw.id !== undefined && raw.id !== change.id) throw new ApiError(400, 'id_mismatch', `Change ${index}: the record's id is not ${change.id}.`);
      // P10: the device's record must be a record of its kind on its own, before anything is merged.
      const checked = validateEntity(change.kind, { ...raw, id: change.id });
      if (!checked.ok) throw new ApiError(400, 'invalid_record', `${key} does not match the ${change.kind} schema.`, { kind: change.kind, id: change.id, problems: withMessages(checked.problems) });
      const theirs = checked.value as Record<string, unknown>;

      let result = mergeRecord(base, stored?.record, theirs);
      const context = change.onBehalfOf ? { ...rules, onBehalfOf: change.onBehalfOf.role } : rules;
      const verdict = await judgeMerge(context, change.kind, { base, stored: stored?.record, theirs, next: result.changed ? stamp(result.record) : undefined });
      if (!verdict.ok) {
        if (verdict.forbidden || change.onProblems === 'refuse') throw httpRefusal(actor, change, verdict, key);
        result = rejectChange(base, stored?.record, theirs, withMessages(verdict.problems)); // M14
        if (result.changed) store(change, stamp(result.record));
      } else if (verdict.record) store(change, verdict.record);
      settled.set(key, { kind: change.kind, id: change.id, record: (await cache.get(change.kind, change.id))!.record });
      conflicts.push(...result.conflicts.map((finding) => attributed(finding, change, stored, actor)));
      continue;
    }

    // A role without the operation's grant is refused before the stored revision is compared,
    // so it learns nothing of the record (a 404 or 409 would say whether it exists).
    const operation: Operation = change.op === 'delete' ? 'delete' : stored ? 'update' : 'create';
    if (!mayDo(actor.role, change.kind, operation)) throw forbidden(actor, change, { role: actor.role, operation });
    if (change.baseRevision !== undefined && change.baseRevision !== (stored?.revision ?? 0)) {
      throw new ApiError(409, 'conflict', `${key} is at revision ${stored?.revision ?? 0}, not ${change.baseRevision}: fetch it and apply the change again.`, { kind: change.kind, id: change.id, revision: stored?.revision ?? 0 });
    }

    let verdict: Verdict<unknown>;
    if (change.op === 'delete') {
      if (!stored || stored.deleted) throw new ApiError(404, 'not_found', `There is no ${key}.`, { kind: change.kind, id: change.id });
      const { madeBy: _madeBy, ...previous } = stored.record;
      const next = { ...previous, deleted: true, updatedAt: at, updatedBy: actor.name, revision: stored.revision + 1 };
      verdict = await judgeDelete(rules, change.kind, { previous: stored.record, next });
    } else {
      if (stored?.deleted) throw new ApiError(409, 'deleted', `${key} was deleted; a deleted record is not written again.`, { kind: change.kind, id: change.id });
      const incoming = change.record;
      if (incoming === null || typeof incoming !== 'object' || Array.isArray(incoming)) throw new ApiError(400, 'invalid_record', `Change ${index}: the record must be a JSON object.`);
      const claimed = (incoming as { id?: unknown }).id;
      if (claimed !== undefined && claimed !== change.id) throw new ApiError(400, 'id_mismatch', `Change ${index}: the record's id is not ${change.id}.`);
      verdict = await judgePut(rules, change.kind, { previous: stored?.record, next: { ...stamp(incoming as Record<string, unknown>), deleted: false } });
    }
    if (!verdict.ok) throw httpRefusal(actor, change, verdict, `Change ${index} (${key})`);
    store(change, verdict.record as Record<string, unknown>);
  }
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    // A record written twice in one request is stored once, at its last revision; the history keeps both.
    const latest = [...new Map(chunk.map((row) => [`${row.kind}/${row.id}`, row])).values()];
    await trx
      .insertInto('records')
      .values(latest)
      .onConflict((c) => c.columns(['county', 'kind', 'id']).doUpdateSet((eb) => ({
        revision: eb.ref('excluded.revision'), county_revision: eb.ref('excluded.county_revision'), deleted: eb.ref('excluded.deleted'),
        data: eb.ref('excluded.data'), updated_by: eb.ref('excluded.updated_by'), updated_at: eb.ref('excluded.updated_at'),
      })))
      .execute();
    await trx.insertInto('record_history').values(chunk.map((row) => ({ ...row, account_id: actor.accountId }))).execute();
  }
  if (countyRevision !== start) await trx.updateTable('counties').set({ revision: countyRevision }).where('key', '=', actor.county).execute();
  return { written, countyRevision, settled, conflicts };
}

export async function applyWrites(store: Store, actor: Actor, changes: Change[], now: Date): Promise<Outcome> {
  if (changes.length === 0) {
    const county = await store.db.selectFrom('counties').select('revision').where('key', '=', actor.county).executeTakeFirst();
    return { written: [], countyRevision: county?.revision ?? 0, settled: new Map(), conflicts: [] };
  }
  return store.transaction((trx) => writeChanges(trx, store.kind, actor, changes, now));
}
