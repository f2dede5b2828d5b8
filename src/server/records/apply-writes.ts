// The one server-side write path. Every record change, from the record routes now and the
// sync route next, goes through applyWrites, which in one transaction:
//   1. takes the county's next revisions (the UPDATE locks the county's row, so writers of a
//      county are serialised and revision N commits before N+1 is handed out: a reader that saw
//      N never misses a change numbered N or lower that commits later);
//   2. checks each change against the role matrix (field by field against the stored record
//      where a role may change only some fields), the core schema and the references it adds;
//   3. stores the record's next revision and keeps every revision in the history.
// Any refusal throws, the transaction rolls back, and nothing of the request is stored.
import { describeProblem } from '../../core/messages';
import { referencesOf } from '../../core/references';
import type { EntityKind } from '../../core/schema';
import type { Problem } from '../../core/validation';
import { validateEntity } from '../../core/validation';
import type { Actor } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Store, Trx } from '../storage/store';
import type { Operation } from './permissions';
import { changedFields, grant } from './permissions';

export type Change =
  | { op: 'put'; kind: EntityKind; id: string; record: unknown; baseRevision?: number | undefined }
  | { op: 'delete'; kind: EntityKind; id: string; baseRevision?: number | undefined };

export type Written = { kind: EntityKind; id: string; revision: number; countyRevision: number; record: Record<string, unknown> };

type Stored = { revision: number; deleted: boolean; record: Record<string, unknown> };

const roleWords = { coordinator: 'A coordinator', caseworker: 'A caseworker' } as const;

function forbidden(actor: Actor, operation: Operation, change: Change, fields?: string[]): ApiError {
  const what = fields ? `change ${fields.join(', ')} of ${change.kind}` : `${operation} ${change.kind}`;
  return new ApiError(403, 'forbidden', `${roleWords[actor.role]} may not ${what}.`, { kind: change.kind, id: change.id, operation, ...(fields ? { fields } : {}) });
}

function withMessages(problems: Problem[]) {
  return problems.map((p) => ({ path: p.path, code: p.code, message: describeProblem(p, 'en') }));
}

async function readStored(trx: Trx, county: string, kind: EntityKind, id: string): Promise<Stored | undefined> {
  const row = await trx.selectFrom('records').select(['revision', 'deleted', 'data']).where('county', '=', county).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
  return row ? { revision: row.revision, deleted: row.deleted === 1, record: JSON.parse(row.data) as Record<string, unknown> } : undefined;
}

/** References the record adds (not held by its stored version) that point at no live record of the county. */
async function missingReferences(trx: Trx, county: string, kind: EntityKind, record: object, previous: object | undefined, pending: Map<string, Stored>): Promise<Problem[]> {
  const known = new Set(previous ? referencesOf(kind, previous).map((r) => `${r.field} ${r.ref}`) : []);
  const problems: Problem[] = [];
  for (const { field, target, ref } of referencesOf(kind, record)) {
    if (known.has(`${field} ${ref}`)) continue;
    const inBatch = pending.get(`${target}/${ref}`);
    const stored = inBatch ?? (await readStored(trx, county, target, ref));
    if (!stored || stored.deleted) problems.push({ path: field, code: 'missing_reference', params: { ref } });
  }
  return problems;
}

async function nextRevisions(trx: Trx, county: string, count: number): Promise<number> {
  const row = await trx.updateTable('counties').set((eb) => ({ revision: eb('revision', '+', count) })).where('key', '=', county).returning('revision').executeTakeFirst();
  if (!row) throw new ApiError(404, 'unknown_county', `There is no county ${county}.`);
  return row.revision - count + 1;
}

export async function applyWrites(store: Store, actor: Actor, changes: Change[], now: Date): Promise<{ written: Written[]; countyRevision: number }> {
  if (changes.length === 0) {
    const county = await store.db.selectFrom('counties').select('revision').where('key', '=', actor.county).executeTakeFirst();
    return { written: [], countyRevision: county?.revision ?? 0 };
  }
  return store.transaction(async (trx) => {
    const first = await nextRevisions(trx, actor.county, changes.length);
    const at = now.toISOString();
    const pending = new Map<string, Stored>();
    const written: Written[] = [];
    for (const [index, change] of changes.entries()) {
      const key = `${change.kind}/${change.id}`;
      const stored = pending.get(key) ?? (await readStored(trx, actor.county, change.kind, change.id));
      const operation: Operation = change.op === 'delete' ? 'delete' : stored ? 'update' : 'create';
      const allowed = grant(change.kind, operation, actor.role);
      if (!allowed) throw forbidden(actor, operation, change);
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
        next = {
          ...(incoming as Record<string, unknown>),
          id: change.id,
          createdAt: (stored?.record.createdAt) ?? at,
          updatedAt: at,
          updatedBy: actor.name,
          revision: (stored?.revision ?? 0) + 1,
          deleted: false,
        };
      }

      const checked = validateEntity(change.kind, next);
      if (!checked.ok) throw new ApiError(400, 'invalid_record', `Change ${index} (${key}) does not match the ${change.kind} schema.`, { kind: change.kind, id: change.id, problems: withMessages(checked.problems) });
      const record = checked.value as Record<string, unknown>;

      if (Array.isArray(allowed) && stored) {
        const outside = changedFields(stored.record, record).filter((field) => !allowed.includes(field));
        if (outside.length > 0) throw forbidden(actor, operation, change, outside);
      }
      if (change.op === 'put') {
        const problems = await missingReferences(trx, actor.county, change.kind, record, stored?.record, pending);
        if (problems.length > 0) throw new ApiError(400, 'missing_reference', `Change ${index} (${key}) refers to records that do not exist or were deleted.`, { kind: change.kind, id: change.id, problems: withMessages(problems) });
      }

      const countyRevision = first + index;
      const revision = record.revision as number;
      const deleted = record.deleted === true ? 1 : 0;
      const data = JSON.stringify(record);
      const row = { county: actor.county, kind: change.kind, id: change.id, revision, county_revision: countyRevision, deleted, data, updated_by: actor.name, updated_at: at };
      await trx
        .insertInto('records')
        .values(row)
        .onConflict((c) => c.columns(['county', 'kind', 'id']).doUpdateSet({ revision, county_revision: countyRevision, deleted, data, updated_by: actor.name, updated_at: at }))
        .execute();
      await trx.insertInto('record_history').values({ ...row, account_id: actor.accountId }).execute();
      pending.set(key, { revision, deleted: deleted === 1, record });
      written.push({ kind: change.kind, id: change.id, revision, countyRevision, record });
    }
    return { written, countyRevision: first + changes.length - 1 };
  });
}
