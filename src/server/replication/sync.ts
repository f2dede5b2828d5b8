// POST /api/sync on the server (SPEC.md P1–P14): a device's changed records are merged into the
// county through applyWrites' merge changes (those made from the example folded first,
// starts.ts), in one transaction; the answer holds every record
// changed after the device's `since` and the conflicts the request produced. A request that
// changes something is remembered by its syncId, so a retry gets the same answer, rebuilt from
// the history, and applies nothing again (P4).
import { forbiddenProblem, judgeLostValue } from '../../core/rulebook/judge';
import { describeProblem } from '../../core/messages';
import type { EntityKind } from '../../core/schema';
import { entityKinds } from '../../core/schema';
import { SNAPSHOT_FORMAT } from '../../core/snapshot';
import type { JsonObject } from '../../core/merge/json';
import type { ChangeSet, ConflictFinding, ParsedSyncRequest, SyncAnswer, SyncConflict } from '../../core/merge/protocol';
import { keyOf, MAX_DEVICE_CONFLICTS, MIN_SYNC_SCHEMA_VERSION, SYNC_SCHEMA_VERSION, syncRefusals } from '../../core/merge/protocol';
import type { Actor } from '../auth/sessions';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import type { FoundConflict, MergeChange } from '../records/apply-writes';
import { lockCounty, writeChanges } from '../records/apply-writes';
import type { Trx } from '../storage/store';
import type { SyncRequestTable } from '../storage/tables';
import { conflictOf, storeConflicts } from './conflicts';
import { followEarlier } from './earlier-files';
import { foldStarts } from './starts';
import { accountNameProblem, normalizeAccountName } from '../../core/account-name';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** P9: a data format the server cannot merge is refused with what to update. */
function checkFormat(version: number): void {
  if (version < MIN_SYNC_SCHEMA_VERSION) {
    throw new ApiError(426, syncRefusals.updateApp, `The app's data format ${version} is older than the server syncs with (${MIN_SYNC_SCHEMA_VERSION}): update the app; its changes stay on the device until then.`, { schemaVersion: version, minimum: MIN_SYNC_SCHEMA_VERSION });
  }
  if (version > SYNC_SCHEMA_VERSION) {
    throw new ApiError(409, syncRefusals.updateServer, `The app's data format ${version} is newer than the server's (${SYNC_SCHEMA_VERSION}): the server must be updated first.`, { schemaVersion: version, supported: SYNC_SCHEMA_VERSION });
  }
}

/**
 * P12: what a device reports its own merge lost is stored as a conflict, which the coordinator
 * may restore; so only what such a merge can produce is taken: a conflict about a record the
 * request sends, never a rejection (M14 is the server's), with a losing value the sender's
 * role could have written, and no more than MAX_DEVICE_CONFLICTS.
 */
function checkDeviceConflicts(actor: Actor, request: ParsedSyncRequest, changes: MergeChange[]): void {
  const count = request.conflicts.length;
  if (count > MAX_DEVICE_CONFLICTS) {
    throw new ApiError(400, syncRefusals.tooManyConflicts, `A sync reports at most ${MAX_DEVICE_CONFLICTS} conflicts; this one reports ${count}. Nothing was stored.`, { limit: MAX_DEVICE_CONFLICTS });
  }
  const sent = new Set(changes.map((change) => keyOf(change.kind, change.id)));
  for (const [index, conflict] of request.conflicts.entries()) {
    const key = keyOf(conflict.kind, conflict.recordId);
    const named = { kind: conflict.kind, id: conflict.recordId, path: conflict.path, index };
    if (!sent.has(key)) {
      throw new ApiError(400, syncRefusals.invalidConflict, `conflicts.${index} is about ${key}, which this request does not send: a device reports a conflict with the change it belongs to.`, named);
    }
    if (conflict.reason === 'rejected') {
      throw new ApiError(400, syncRefusals.invalidConflict, `conflicts.${index} reports a rejection; only the server rejects a change (M14).`, named);
    }
    const refusal = judgeLostValue(actor.role, conflict.kind, conflict.path, conflict.lost);
    if (refusal) {
      throw new ApiError(403, 'forbidden', `${describeProblem(forbiddenProblem(conflict.kind, refusal), 'en')} conflicts.${index} reports a value of ${key} the sender could not have written.`, {
        ...named, operation: refusal.operation, ...(refusal.fields ? { fields: refusal.fields } : {}),
      });
    }
  }
}

/** A device's placeholder for "no name set" (src/db/context.ts): no one in particular made it. */
const UNNAMED_AUTHOR = 'lokal';

/**
 * Who made a sent change: the name the device signed the record with (its updatedBy). Only a
 * name for people to read (madeBy); the server judges and signs the change as the sender's.
 */
function claimedAuthor(record: JsonObject): string | undefined {
  const by = typeof record.updatedBy === 'string' ? normalizeAccountName(record.updatedBy) : '';
  // Held to the rule for account names, so no invisible or right-to-left mark changes how the
  // history shows it (a name that breaks it is not kept; the sender still is).
  return by === UNNAMED_AUTHOR || accountNameProblem(by) !== null ? undefined : by;
}

/** The request's records as merge changes, one per record. */
function mergeChanges(request: ParsedSyncRequest): MergeChange[] {
  const changes: MergeChange[] = [];
  const seen = new Set<string>();
  const olderFormat = request.changes.schemaVersion < SYNC_SCHEMA_VERSION;
  for (const kind of entityKinds) {
    for (const [index, record] of (request.changes.records[kind] ?? []).entries()) {
      const id = record.id;
      if (typeof id !== 'string' || !uuid.test(id)) throw new ApiError(400, 'invalid_record', `changes.records.${kind}.${index} has no valid id.`, { kind, index });
      const key = keyOf(kind, id);
      if (seen.has(key)) throw new ApiError(400, 'duplicate_id', `${key} is in the changes twice.`, { kind, id });
      seen.add(key);
      const madeBy = claimedAuthor(record);
      changes.push({ op: 'merge', kind, id, record, baseRevision: request.base[key] ?? null, olderFormat, onProblems: 'conflict', ...(madeBy ? { madeBy } : {}) });
    }
  }
  return changes;
}

function envelope(byKey: Map<string, { kind: EntityKind; record: JsonObject }>, exportedAt: string): ChangeSet {
  const records = Object.fromEntries(entityKinds.map((kind) => [kind, [] as JsonObject[]])) as ChangeSet['records'];
  for (const { kind, record } of byKey.values()) records[kind].push(record);
  // By id, so an answer and its replay (P4) list the same records in the same order.
  for (const kind of entityKinds) records[kind].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
  return { format: SNAPSHOT_FORMAT, schemaVersion: SYNC_SCHEMA_VERSION, exportedAt, records };
}

/** Every record changed after `since` as it stands now (the county_revision index), plus the records sent. */
async function currentChanges(trx: Trx, county: string, since: number, sent: Map<string, { kind: EntityKind; record: JsonObject }>, exportedAt: string): Promise<ChangeSet> {
  const rows = await trx.selectFrom('records').select(['kind', 'id', 'data']).where('county', '=', county).where('county_revision', '>', since).orderBy('county_revision').execute();
  const byKey = new Map<string, { kind: EntityKind; record: JsonObject }>();
  for (const row of rows) byKey.set(`${row.kind}/${row.id}`, { kind: row.kind as EntityKind, record: JSON.parse(row.data) as JsonObject });
  for (const [key, value] of sent) if (!byKey.has(key)) byKey.set(key, value);
  return envelope(byKey, exportedAt);
}

/** The answer to an earlier request, from the history as it stood at the request's revision (P4). */
async function replay(trx: Trx, county: string, known: SyncRequestTable): Promise<SyncAnswer> {
  const rows = await trx.selectFrom('record_history').select(['kind', 'id', 'data']).where('county', '=', county).where('county_revision', '>', known.since).where('county_revision', '<=', known.revision).orderBy('county_revision').execute();
  const byKey = new Map<string, { kind: EntityKind; record: JsonObject }>();
  for (const row of rows) byKey.set(`${row.kind}/${row.id}`, { kind: row.kind as EntityKind, record: JSON.parse(row.data) as JsonObject });
  for (const key of JSON.parse(known.sent) as string[]) {
    if (byKey.has(key)) continue;
    const [kind, id] = key.split('/') as [EntityKind, string];
    const row = await trx.selectFrom('record_history').select('data').where('county', '=', county).where('kind', '=', kind).where('id', '=', id).where('county_revision', '<=', known.revision).orderBy('county_revision', 'desc').limit(1).executeTakeFirst();
    if (row) byKey.set(key, { kind, record: JSON.parse(row.data) as JsonObject });
  }
  const conflicts = await trx.selectFrom('sync_conflicts').selectAll().where('county', '=', county).where('sync_id', '=', known.sync_id).orderBy('id').execute();
  return { revision: known.revision, changes: envelope(byKey, known.exported_at), conflicts: conflicts.map(conflictOf) };
}

/** P12: what a device's own merge lost (or its fold here, P14), kept beside the server's conflicts. */
async function deviceConflicts(trx: Trx, actor: Actor, lost: readonly ConflictFinding[]): Promise<FoundConflict[]> {
  const found: FoundConflict[] = [];
  for (const conflict of lost) {
    const row = await trx.selectFrom('records').select(['revision', 'updated_by']).where('county', '=', actor.county).where('kind', '=', conflict.kind).where('id', '=', conflict.recordId).executeTakeFirst();
    found.push({ ...conflict, keptRevision: row?.revision ?? 0, baseRevision: null, keptBy: row?.updated_by ?? actor.name, lostBy: actor.name });
  }
  return found;
}

export async function sync(ctx: ServerContext, actor: Actor, request: ParsedSyncRequest): Promise<SyncAnswer> {
  checkFormat(request.changes.schemaVersion);
  const changes = mergeChanges(request);
  checkDeviceConflicts(actor, request, changes);
  const exportedAt = ctx.now().toISOString();
  if (changes.length === 0 && request.conflicts.length === 0) {
    // Nothing to apply, so nothing to apply twice: answered afresh, from one consistent snapshot.
    return ctx.store.snapshot(async (trx) => {
      const county = await trx.selectFrom('counties').select('revision').where('key', '=', actor.county).executeTakeFirstOrThrow();
      return { revision: county.revision, changes: await currentChanges(trx, actor.county, request.since, new Map(), exportedAt), conflicts: [] };
    });
  }
  return ctx.store.transaction(async (trx) => {
    // The county's lock first: a retry arriving while its first attempt runs waits for it.
    await lockCounty(trx, actor.county);
    const known = await trx.selectFrom('sync_requests').selectAll().where('county', '=', actor.county).where('sync_id', '=', request.syncId).executeTakeFirst();
    if (known) {
      if (known.account_id !== actor.accountId) throw new ApiError(409, syncRefusals.syncIdTaken, 'This syncId belongs to another account\'s request: choose a new one.');
      return replay(trx, actor.county, known);
    }
    const after = await followEarlier(trx, actor, request, changes);
    const folded = await foldStarts(trx, actor, after.starts, after.changes);
    const outcome = await writeChanges(trx, ctx.store.kind, actor, folded.changes, ctx.now());
    const found = [...outcome.conflicts, ...(await deviceConflicts(trx, actor, [...folded.conflicts, ...request.conflicts]))];
    const conflicts: SyncConflict[] = (await storeConflicts(trx, actor.county, request.syncId, outcome.countyRevision, found, exportedAt)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const sent = new Map([...outcome.settled].map(([key, { kind, record }]) => [key, { kind, record }]));
    // F6: earlier requests this one holds, not applied yet, are answered as this one from now on.
    await trx.insertInto('sync_requests').values([request.syncId, ...after.subsumed].map((syncId) => ({
      county: actor.county, sync_id: syncId, account_id: actor.accountId, since: request.since, revision: outcome.countyRevision,
      sent: JSON.stringify([...sent.keys()]), exported_at: exportedAt,
    }))).execute();
    return { revision: outcome.countyRevision, changes: await currentChanges(trx, actor.county, request.since, sent, exportedAt), conflicts };
  });
}
