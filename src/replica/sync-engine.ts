// The sync engine: one attempt after another under the device-wide lock, each kept in the
// database before it leaves (attempt.ts), its answer applied in slices (apply-answer.ts).
// A run (syncNow) does, in order:
//   1. the attempt a closed tab or a dropped network left behind, with its syncId;
//   2. change files read on this device, each with the syncId it was written with (their
//      answers are the tablets', not this device's: nothing of them is stored here, F3);
//   3. on the first connection, what the person chose (first-connection.ts);
//   4. change files this device saved itself, with their syncIds (F5);
//   5. this device's changes and what is new on the server; a second round sends what was
//      edited while the first was under way.
// A change the server refuses is set aside and named (the person decides); the rest goes on
// at once. Any other failure ends the run with a problem the status shows, and the attempt
// waits for the next run. Outcomes are stored, so every tab and a reload show the same.
import type { SyncAnswer, SyncRequest } from '../core/merge/protocol';
import { syncAnswer, syncRefusals } from '../core/merge/protocol';
import { uuid5 } from '../core/hsds/uuid5';
import { entityKinds } from '../core/vocabulary';
import { db } from '../db/database';
import { fullWriteScope, replaceRecords } from '../db/write';
import { setSyncState, syncState } from '../db/outbox';
import { emptyRecords } from '../core/snapshot';
import type { AnyEntity } from '../core/schema';
import type { CheckedItem } from './apply-answer';
import { applyInSlices, checkedRecords, SyncStop } from './apply-answer';
import type { Attempt } from './attempt';
import { clearAttempt, loadAttempt, saveAttempt } from './attempt';
import type { Clock } from './build-attempt';
import { browserClock, fileAttempt, sentWithRecords, syncAttempt, takeAttempt, uploadAttempt } from './build-attempt';
import { noteFileSent } from './change-file';
import { appliedElsewhere, dropExported, exportedAttempts, forgetAppliedElsewhere, noteAppliedElsewhere } from './earlier-requests';
import type { Connection } from './connection';
import { CONNECTION_KEY, isLive, markExpired } from './connection';
import { firstConnectionDone, firstConnectionStep } from './first-connection';
import { recordTitle } from './record-title';
import { noteRestoredValues } from './lost-values';
import { refreshOpenConflicts } from './open-conflicts';
import { noteNews } from './news';
import { ServerError, serverRequest } from './server-api';
import type { LostValue, QueuedFile, RefusedChange, SyncOutcome, SyncProblem } from './sync-keys';
import { SYNC_FILES_KEY, SYNC_LOST_KEY, SYNC_OUTCOME_KEY, SYNC_REFUSED_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';
import type { Refusal } from './sync-problem';
import { problemOf, refusalOf } from './sync-problem';
import { setSyncRunning } from './sync-running';
import { withSyncLock } from './sync-lock';

export type SyncRun =
  | { status: 'done'; sent: number; received: number }
  | { status: 'problem'; problem: SyncProblem }
  | { status: 'waiting' }
  | { status: 'busy' }
  | { status: 'not_connected' };

/** Rounds of own changes per run: the second sends what was edited while the first ran. */
const ROUNDS = 2;
/** Refused changes set aside in one run before it stops (each costs one request). */
const MAX_REFUSALS = 50;

type Totals = { sent: number; received: number; refusals: number };

const countOf = (request: SyncRequest) => entityKinds.reduce((sum, kind) => sum + (request.changes.records[kind]?.length ?? 0), 0);

async function send(connection: Connection, request: SyncRequest): Promise<SyncAnswer> {
  const body = await serverRequest<unknown>('POST', '/api/sync', { token: connection.token, body: request });
  const parsed = syncAnswer.safeParse(body);
  if (!parsed.success) throw new SyncStop('invalid_answer');
  return parsed.data;
}

async function heldKeys(): Promise<Set<string>> {
  return new Set(((await readMeta<RefusedChange[]>(SYNC_REFUSED_KEY)) ?? []).map((refused) => refused.key));
}

/** Names a refused change for the person, and takes it out of a change file so the file's other changes go on. */
async function setAside(refusal: Refusal, attempt: Attempt, clock: Clock): Promise<void> {
  const key = `${refusal.kind}/${refusal.id}`;
  const record = (attempt.request.changes.records[refusal.kind] ?? []).find((r) => r.id === refusal.id);
  const note: RefusedChange = { key, ...refusal, title: recordTitle(record, key), at: clock.now() };
  if (attempt.mode === 'file') {
    note.fromFile = { record, baseRevision: attempt.request.base?.[key] ?? null, start: attempt.request.starts?.[key] };
    await requeueWithout(attempt.request, refusal);
  }
  const refused = (await readMeta<RefusedChange[]>(SYNC_REFUSED_KEY)) ?? [];
  await writeMeta(SYNC_REFUSED_KEY, [...refused.filter((r) => r.key !== key || r.fromFile), note]);
}

async function requeueWithout(request: SyncRequest, refusal: Refusal): Promise<void> {
  const files = (await readMeta<QueuedFile[]>(SYNC_FILES_KEY)) ?? [];
  const key = `${refusal.kind}/${refusal.id}`;
  const records = { ...request.changes.records, [refusal.kind]: (request.changes.records[refusal.kind] ?? []).filter((r) => r.id !== refusal.id) };
  const { [key]: _dropped, ...base } = request.base ?? {};
  const { [key]: _start, ...starts } = request.starts ?? {};
  const { [key]: _after, ...after } = request.after ?? {};
  // The server stored nothing of the refused request, so the rest goes under a syncId of its
  // own, named by the file's and the change left out: the same file read on another device
  // with the same refusal sends the same rest, which the server applies once (F2).
  const rest: SyncRequest = { ...request, syncId: uuid5(request.syncId, `without ${key}`), base, starts, after, changes: { ...request.changes, records } };
  await writeMeta(SYNC_FILES_KEY, files.map((file) => ((file.request as SyncRequest).syncId === request.syncId ? { ...file, request: rest } : file)));
  // Read again, the file is known: its changes are on their way or set aside.
  await noteFileSent(request.syncId);
}

/**
 * The values of this person that lost a conflict in this request: they are told. A conflict
 * whose losing side is someone else's (a deletion elsewhere that this person's edit undid) is
 * the coordinator's to review, not a notice for this person.
 */
async function noteLostValues(answer: SyncAnswer, clock: Clock, name: string): Promise<void> {
  const mine = answer.conflicts.filter((conflict) => conflict.lostBy === name);
  if (mine.length === 0) return;
  const notes = (await readMeta<LostValue[]>(SYNC_LOST_KEY)) ?? [];
  const known = new Set(notes.map((note) => note.key));
  for (const conflict of mine) {
    if (known.has(conflict.id)) continue;
    const stored = await db().anyTable(conflict.kind).get(conflict.recordId);
    const key = `${conflict.kind}/${conflict.recordId}`;
    notes.push({
      key: conflict.id, kind: conflict.kind, id: conflict.recordId, title: recordTitle(stored, key), path: conflict.path, mine: conflict.lost, kept: conflict.kept, at: clock.now(),
      reason: conflict.reason, keptBy: conflict.keptBy, ...(conflict.problems ? { problems: conflict.problems } : {}),
    });
  }
  await writeMeta(SYNC_LOST_KEY, notes);
}

/** Replaces this device's data with the county's, the outbox emptied, in one transaction. */
async function takeAll(items: readonly CheckedItem[], revision: number, at: string): Promise<void> {
  const records = emptyRecords();
  for (const { kind, record } of items) (records[kind] as AnyEntity[]).push(record);
  await db().transaction('rw', fullWriteScope(), async () => {
    await replaceRecords(records, 'sync');
    await setSyncState({ since: revision, lastSyncAt: at });
  });
}

/**
 * A change file's answer is the tablet's, not this device's (SPEC F3): nothing of it is stored
 * here and `since` stays, so a second reading, answered from the history as it stood (P4), can
 * never put this device back on an older revision. The county's news, the file's merged records
 * among them, arrive with this device's own sync, which follows in the same run. The file's
 * losing values are the coordinator's conflicts to review, not this person's own.
 */
async function fileSent(attempt: Attempt, totals: Totals): Promise<'done'> {
  await noteFileSent(attempt.request.syncId);
  await clearAttempt();
  totals.sent += countOf(attempt.request);
  return 'done';
}

/** C6: the changes the change files this device saved and has still to send carry; their answers come later. */
async function waitingLater(): Promise<Set<string>> {
  return new Set((await exportedAttempts()).flatMap((exported) => exported.sent.map((entry) => entry.key)));
}

/** Another account sent this change file before (409 sync_id_taken): the server has its changes. */
function sentByAnother(error: unknown): boolean {
  return error instanceof ServerError && error.status === 409 && error.code === syncRefusals.syncIdTaken;
}

/** Sends one attempt and applies its answer; 'refused' when the server refused one change of it. */
async function runAttempt(connection: Connection, attempt: Attempt, totals: Totals, clock: Clock): Promise<'done' | 'refused'> {
  await saveAttempt(attempt);
  let answer: SyncAnswer;
  try {
    answer = await send(connection, attempt.request);
  } catch (error) {
    if (sentByAnother(error)) {
      if (attempt.mode === 'file') return fileSent(attempt, totals);
      // A change file this device saved, which another account read and sent first: the
      // server has its changes; what this device sends next counts from them (F6).
      if (attempt.mode === 'sync') {
        await noteAppliedElsewhere(attempt);
        await clearAttempt();
        return 'done';
      }
    }
    const refusal = refusalOf(error);
    if (refusal && totals.refusals < MAX_REFUSALS) {
      totals.refusals += 1;
      await setAside(refusal, attempt, clock);
      await clearAttempt();
      return 'refused';
    }
    if (error instanceof ServerError && error.status === 401) await markExpired();
    // A request the server can never take (malformed, say) must not block every later sync:
    // the next run builds a new one from the outbox, which still holds every change.
    if (error instanceof ServerError && error.status >= 400 && error.status < 500 && ![401, 408, 413, 426, 429].includes(error.status)) await clearAttempt();
    throw error instanceof SyncStop ? error : new SyncStop(problemOf(error));
  }
  if (attempt.mode === 'file') return fileSent(attempt, totals);
  const items = await checkedRecords(answer);
  if (attempt.mode === 'take') await takeAll(items, answer.revision, attempt.createdAt);
  else {
    await applyInSlices(items, sentWithRecords(attempt), await waitingLater());
    const { since } = await syncState();
    await setSyncState({ since: Math.max(since, answer.revision), lastSyncAt: attempt.createdAt });
  }
  await noteLostValues(answer, clock, connection.name);
  await clearAttempt();
  const sentKeys = new Set(attempt.sent.map((entry) => entry.key));
  const received = items.filter(({ kind, record }) => !sentKeys.has(`${kind}/${record.id}`));
  // The first download is the whole county, not news.
  if (attempt.mode === 'sync' && attempt.request.since > 0) await noteNews(received);
  totals.sent += countOf(attempt.request);
  totals.received += received.length;
  return 'done';
}

async function queuedFiles(): Promise<QueuedFile[]> {
  return (await readMeta<QueuedFile[]>(SYNC_FILES_KEY)) ?? [];
}

async function dropQueuedFile(syncId: string): Promise<void> {
  await writeMeta(SYNC_FILES_KEY, (await queuedFiles()).filter((file) => (file.request as SyncRequest).syncId !== syncId));
}

async function run(connection: Connection, clock: Clock): Promise<SyncRun> {
  const totals: Totals = { sent: 0, received: 0, refusals: 0 };
  const left = await loadAttempt();
  if (left) {
    await runAttempt(connection, left, totals, clock);
    if (left.mode === 'file') await dropQueuedFile(left.request.syncId);
    else await dropExported(left.request.syncId);
  }

  for (let file = (await queuedFiles())[0]; file; file = (await queuedFiles())[0]) {
    const request = file.request as SyncRequest;
    const attempt = fileAttempt(clock, request, (await syncState()).since);
    if ((await runAttempt(connection, attempt, totals, clock)) === 'done') await dropQueuedFile(request.syncId);
  }

  const step = await firstConnectionStep(connection);
  if (step === 'wait') return { status: 'waiting' };
  if (step === 'take' || step === 'upload') {
    // Files this device saved are not sent: the person took the county's data instead of
    // merging their work (the file is theirs to use), or uploads all of it as the start.
    await dropExported();
    const attempt = step === 'take' ? takeAttempt(clock) : await uploadAttempt(clock);
    await runAttempt(connection, attempt, totals, clock);
    await firstConnectionDone();
  }

  // F5: the change files this device saved go first, each with its syncId, so their changes
  // are applied once even when someone reads the file too. Each leaves the list as it becomes
  // the attempt in flight, so a lost answer retries it as the attempt, never twice.
  for (let exported = (await exportedAttempts())[0]; exported; exported = (await exportedAttempts())[0]) {
    await saveAttempt(exported);
    await dropExported(exported.request.syncId);
    await runAttempt(connection, exported, totals, clock);
  }

  for (let round = 0; round < ROUNDS; ) {
    const attempt = await syncAttempt(clock, await heldKeys(), await appliedElsewhere());
    if (round > 0 && attempt.sent.length === 0) break;
    if ((await runAttempt(connection, attempt, totals, clock)) === 'done') {
      round += 1;
      await forgetAppliedElsewhere();
    }
  }
  await firstConnectionDone();
  return { status: 'done', sent: totals.sent, received: totals.received };
}

async function readConnection(): Promise<Connection | null> {
  return (await readMeta<Connection | null>(CONNECTION_KEY)) ?? null;
}

/**
 * Syncs now, unless another tab (or this one) already does. Resolves with what happened; the
 * outcome is also stored for the status. Never rejects for a network or server failure.
 */
export async function syncNow(clock: Clock = browserClock): Promise<SyncRun> {
  const result = await withSyncLock(async (): Promise<SyncRun> => {
    const connection = await readConnection();
    if (!connection) return { status: 'not_connected' };
    setSyncRunning(true);
    try {
      if (!isLive(connection, clock.now())) throw new SyncStop('login_expired');
      const outcome = await run(connection, clock);
      if (outcome.status === 'done') await writeMeta(SYNC_OUTCOME_KEY, { at: clock.now(), ok: true, sent: outcome.sent, received: outcome.received } satisfies SyncOutcome);
      else await writeMeta(SYNC_OUTCOME_KEY, null);
      // The coordinator learns how many conflicts wait for her (issue 18), other devices' included.
      if (outcome.status === 'done' && connection.role === 'coordinator') await refreshOpenConflicts(connection.token);
      if (outcome.status === 'done') await noteRestoredValues();
      return outcome;
    } catch (error) {
      if (!(error instanceof SyncStop)) throw error;
      await writeMeta(SYNC_OUTCOME_KEY, { at: clock.now(), ok: false, problem: error.problem } satisfies SyncOutcome);
      return { status: 'problem', problem: error.problem };
    } finally {
      setSyncRunning(false);
    }
  });
  return result === 'busy' ? { status: 'busy' } : result;
}

/**
 * A sync once the one under way (in this tab or another) has finished: a change file read in
 * while an automatic sync runs would otherwise wait for the next trigger, minutes away.
 */
export async function syncWhenFree(clock: Clock = browserClock, waitMs = 500, tries = 120): Promise<SyncRun> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const result = await syncNow(clock);
    if (result.status !== 'busy') return result;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return { status: 'busy' };
}
