// The one server-side write path. Every record change, from the record routes, the sync route
// and the history's restore, goes through applyWrites, which in one transaction:
//   1. locks the county's row and hands out its next revisions as changes are stored (the lock
//      is held until the commit, so writers of a county are serialised and revision N commits
//      before N+1 is handed out: a reader that saw N never misses a change numbered N or lower
//      that commits later);
//   2. checks each change against the role matrix (field by field against the stored record
//      where a role may change only some fields), the core schema, the core's write rules
//      (measurements, progress notes) and the references it adds;
//   3. for a device's change from a sync (op merge), merges it with the stored record against
//      the revision it was based on (core merge, SPEC.md M1–M14); a merged record a rule refuses
//      becomes a conflict instead of a refusal (M14);
//   4. stores the record's next revision and keeps every revision in the history.
// Any refusal throws, the transaction rolls back, and nothing of the request is stored.
import { describeProblem } from '../../core/messages';
import { latestToday } from '../../core/past-date-rules';
import { referencesOf } from '../../core/references';
import type { EntityKind } from '../../core/schema';
import type { JsonObject } from '../../core/merge/json';
import { sameJson } from '../../core/merge/json';
import type { Finding, MergeResult } from '../../core/merge/merge';
import { mergeRecord, rejectChange } from '../../core/merge/merge';
import { valueAt } from '../../core/merge/paths';
import type { ConflictFinding } from '../../core/merge/protocol';
import type { Problem } from '../../core/validation';
import { validateEntity } from '../../core/validation';
import type { Actor } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Store, StoreKind, Trx } from '../storage/store';
import type { RecordTable } from '../storage/tables';
import type { Operation } from './permissions';
import { changedFields, grant } from './permissions';
import type { StoredRecord } from './write-rules';
import { RecordCache, writeRuleProblems } from './write-rules';

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

const roleWords = { coordinator: 'A coordinator', caseworker: 'A caseworker' } as const;

function forbidden(actor: Actor, operation: Operation, change: Change, fields?: string[]): ApiError {
  const what = fields ? `change ${fields.join(', ')} of ${change.kind}` : `${operation} ${change.kind}`;
  return new ApiError(403, 'forbidden', `${roleWords[actor.role]} may not ${what} (${change.kind}/${change.id}).`, { kind: change.kind, id: change.id, operation, ...(fields ? { fields } : {}) });
}

export function withMessages(problems: Problem[]) {
  return problems.map((p) => ({ path: p.path, code: p.code, message: describeProblem(p, 'en') }));
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

type Batch = {
  trx: Trx;
  storeKind: StoreKind;
  actor: Actor;
  at: string;
  today: string;
  cache: RecordCache;
  /** Live records the request brings, wherever they stand in it: references to them hold. */
  arriving: Set<string>;
};

/** References the record adds (not held by its stored version) that point at no live record of the county. */
async function missingReferences(batch: Batch, kind: EntityKind, record: object, previous: object | undefined): Promise<Problem[]> {
  const known = new Set(previous ? referencesOf(kind, previous).map((r) => `${r.field} ${r.ref}`) : []);
  const problems: Problem[] = [];
  for (const { field, target, ref } of referencesOf(kind, record)) {
    if (known.has(`${field} ${ref}`)) continue;
    const key = `${target}/${ref}`;
    if (batch.arriving.has(key)) continue;
    const stored = await batch.cache.get(target, ref);
    if (!stored || stored.deleted) problems.push({ path: field, code: 'missing_reference', params: { ref } });
  }
  return problems;
}

/** Everything a record breaks beyond its own fields: schema across fields, write rules, references. */
async function recordProblems(batch: Batch, kind: EntityKind, next: Record<string, unknown>, previous: Record<string, unknown> | undefined): Promise<{ record: Record<string, unknown>; problems: Problem[] }> {
  const checked = validateEntity(kind, next);
  if (!checked.ok) return { record: next, problems: checked.problems };
  const record = checked.value as Record<string, unknown>;
  if (record.deleted === true) return { record, problems: [] };
  const problems = [
    ...(await writeRuleProblems(batch.cache, kind, record, previous, batch.today)),
    ...(await missingReferences(batch, kind, record, previous)),
  ];
  return { record, problems };
}

/** The county's revision, with its row locked until the transaction ends (P6). */
export async function lockCounty(trx: Trx, county: string): Promise<number> {
  const row = await trx.updateTable('counties').set((eb) => ({ revision: eb.ref('revision') })).where('key', '=', county).returning('revision').executeTakeFirst();
  if (!row) throw new ApiError(404, 'unknown_county', `There is no county ${county}.`);
  return row.revision;
}

/** What a device's change does, measured from the version it was made from (P8); null: nothing. */
function operationOf(earlier: Record<string, unknown> | undefined, theirs: Record<string, unknown>): Operation | null {
  if (!earlier) return 'create';
  const [was, is] = [earlier.deleted === true, theirs.deleted === true];
  if (is && !was) return 'delete';
  if (was && !is) return 'create';
  return changedFields(earlier, theirs).length > 0 ? 'update' : null;
}

function checkRole(actor: Actor, change: Change, operation: Operation, earlier: Record<string, unknown> | undefined, next: Record<string, unknown>): void {
  const allowed = grant(change.kind, operation, actor.role);
  if (!allowed) throw forbidden(actor, operation, change);
  if (Array.isArray(allowed) && earlier) {
    const outside = changedFields(earlier, next).filter((field) => !allowed.includes(field));
    if (outside.length > 0) throw forbidden(actor, operation, change, outside);
  }
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

export async function writeChanges(trx: Trx, storeKind: StoreKind, actor: Actor, changes: Change[], now: Date): Promise<Outcome> {
  const start = await lockCounty(trx, actor.county);
  let countyRevision = start;
  const at = now.toISOString();
  const batch: Batch = { trx, storeKind, actor, at, today: latestToday(now), cache: new RecordCache(trx, storeKind, actor.county), arriving: new Set() };
  for (const change of changes) {
    if (change.op === 'merge' && change.record.deleted !== true) batch.arriving.add(`${change.kind}/${change.id}`);
  }
  const merging = changes.filter((change) => change.op === 'merge');
  await batch.cache.prefetch(merging.map((change) => `${change.kind}/${change.id}`));
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
    batch.cache.wrote(change.kind, change.id, { revision, deleted: deleted === 1, record });
    written.push({ kind: change.kind, id: change.id, revision, countyRevision, record });
  };

  for (const [index, change] of changes.entries()) {
    const key = `${change.kind}/${change.id}`;
    const stored = await batch.cache.get(change.kind, change.id);
    const stamp = (record: Record<string, unknown>, createdAt: unknown) => ({
      ...record, id: change.id, createdAt: stored?.record.createdAt ?? createdAt ?? at, updatedAt: at, updatedBy: actor.name, revision: (stored?.revision ?? 0) + 1,
    });

    if (change.op === 'merge') {
      const base = change.baseRevision === null ? undefined : bases.get(`${key}@${change.baseRevision}`);
      if (change.baseRevision !== null && !base) {
        throw new ApiError(400, 'unknown_base', `${key} never had revision ${change.baseRevision}.`, { kind: change.kind, id: change.id, baseRevision: change.baseRevision });
      }
      const earlier = base ?? stored?.record;
      // P9: a field the older format does not know keeps the value the device started from.
      const raw = change.olderFormat && earlier ? { ...earlier, ...change.record } : change.record;
      if (raw.id !== undefined && raw.id !== change.id) throw new ApiError(400, 'id_mismatch', `Change ${index}: the record's id is not ${change.id}.`);
      const checked = validateEntity(change.kind, { ...raw, id: change.id });
      if (!checked.ok) throw new ApiError(400, 'invalid_record', `${key} does not match the ${change.kind} schema.`, { kind: change.kind, id: change.id, problems: withMessages(checked.problems) });
      const theirs = checked.value as Record<string, unknown>;
      const operation = operationOf(earlier, theirs);
      if (operation) checkRole(actor, change, operation, earlier, theirs);

      let result: MergeResult = mergeRecord(base, stored?.record, theirs);
      if (result.changed) {
        const candidate = await recordProblems(batch, change.kind, stamp(result.record, theirs.createdAt), stored?.record);
        if (candidate.problems.length > 0) {
          if (change.onProblems === 'refuse') {
            throw new ApiError(400, 'invalid_record', `${key} breaks a rule.`, { kind: change.kind, id: change.id, problems: withMessages(candidate.problems) });
          }
          result = rejectChange(base, stored?.record, theirs, withMessages(candidate.problems)); // M14
          if (result.changed) store(change, stamp(result.record, theirs.createdAt));
        } else store(change, candidate.record);
      }
      settled.set(key, { kind: change.kind, id: change.id, record: (await batch.cache.get(change.kind, change.id))!.record });
      conflicts.push(...result.conflicts.map((finding) => attributed(finding, change, stored, actor)));
      continue;
    }

    const operation: Operation = change.op === 'delete' ? 'delete' : stored ? 'update' : 'create';
    if (!grant(change.kind, operation, actor.role)) throw forbidden(actor, operation, change);
    if (change.baseRevision !== undefined && change.baseRevision !== (stored?.revision ?? 0)) {
      throw new ApiError(409, 'conflict', `${key} is at revision ${stored?.revision ?? 0}, not ${change.baseRevision}: fetch it and apply the change again.`, { kind: change.kind, id: change.id, revision: stored?.revision ?? 0 });
    }

    let next: Record<string, unknown>;
    if (change.op === 'delete') {
      if (!stored || stored.deleted) throw new ApiError(404, 'not_found', `There is no ${key}.`, { kind: change.kind, id: change.id });
      next = { ...stored.record, deleted: true, updatedAt: at, updatedBy: actor.name, revision: stored.revision + 1 };
    } else {
      if (stored?.deleted) throw new ApiError(409, 'deleted', `${key} was deleted; a deleted record is not written again.`, { kind: change.kind, id: change.id });
      const incoming = change.record;
      if (incoming === null || typeof incoming !== 'object' || Array.isArray(incoming)) throw new ApiError(400, 'invalid_record', `Change ${index}: the record must be a JSON object.`);
      const claimed = (incoming as { id?: unknown }).id;
      if (claimed !== undefined && claimed !== change.id) throw new ApiError(400, 'id_mismatch', `Change ${index}: the record's id is not ${change.id}.`);
      next = { ...stamp(incoming as Record<string, unknown>, undefined), createdAt: stored?.record.createdAt ?? at, deleted: false };
    }

    const checked = validateEntity(change.kind, next);
    if (!checked.ok) throw new ApiError(400, 'invalid_record', `Change ${index} (${key}) does not match the ${change.kind} schema.`, { kind: change.kind, id: change.id, problems: withMessages(checked.problems) });
    const record = checked.value as Record<string, unknown>;
    if (stored) checkRole(actor, change, operation, stored.record, record);
    if (change.op === 'put') {
      const { problems } = await recordProblems(batch, change.kind, record, stored?.record);
      if (problems.length > 0) {
        const code = problems.every((p) => p.code === 'missing_reference') ? 'missing_reference' : 'invalid_record';
        const words = code === 'missing_reference' ? 'refers to records that do not exist or were deleted' : 'breaks a rule';
        throw new ApiError(400, code, `Change ${index} (${key}) ${words}.`, { kind: change.kind, id: change.id, problems: withMessages(problems) });
      }
    }
    store(change, record);
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
