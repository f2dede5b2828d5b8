// The app's sync engine on one device against a scripted county (scripted-county.ts): what it
// sends, what it keeps when something goes wrong, and what it tells the person. Test names
// carry the rule of src/core/merge/SPEC.md they check.
import type { Measure, Measurement } from '../../src/core/schema';
import { ensureExampleLoaded } from '../../src/db/example';
import { db } from '../../src/db/database';
import { isBackupReminderDue } from '../../src/core/backup-reminder';
import { LAST_CHANGE_KEY } from '../../src/db/storage-status';
import { pendingCount, syncState } from '../../src/db/outbox';
import { getById, update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { readMeta } from '../../src/replica/sync-meta';
import { chooseFirstConnection, undoRefused } from '../../src/replica/sync-actions';
import { syncNow } from '../../src/replica/sync-engine';
import type { Connection } from '../../src/replica/connection';
import { CONNECTION_KEY } from '../../src/replica/connection';
import { readSyncSummary } from '../../src/replica/sync-status';
import type { Clock } from '../../src/replica/build-attempt';
import { freshDatabase, makeLinkedRecords, makeStatusConflict } from '../factories';
import { logInAs, ScriptedCounty } from './scripted-county';
import { isSyncRunning } from '../../src/replica/sync-running';

let county: ScriptedCounty;
let ids = 0;
const clock: Clock = { now: () => new Date().toISOString(), newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` };

beforeEach(async () => {
  freshDatabase();
  county = await new ScriptedCounty().start();
});
afterEach(async () => {
  // A sync a screen started may still be on its way: it ends before the county goes.
  await vi.waitFor(() => expect(isSyncRunning()).toBe(false), { timeout: 10_000 });
  await county.close();
});

/** A tablet (a caseworker's unless said otherwise) that has taken the county's data (the linked model) and synced once. */
async function syncedTablet(as: 'caseworker' | 'coordinator' = 'caseworker') {
  const records = makeLinkedRecords();
  county.storeAll(records);
  await logInAs(as === 'coordinator' ? 'anna' : 'ben', as);
  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  return { measure: records.measures[0]!, measurement: records.measurements[0]! };
}

test('P13: a tablet holding only the example takes the county\'s data on its first connection, without a question', async () => {
  await ensureExampleLoaded();
  const county$ = makeLinkedRecords();
  county.storeAll(county$);
  await logInAs('ben', 'caseworker');

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });

  const concepts = await db().entities('concepts').toArray();
  expect(concepts.map((concept) => concept.id)).toEqual([county$.concepts[0]!.id]);
  expect(await pendingCount()).toBe(0);
  expect(county.requests).toHaveLength(2);
  // Taking the data sends nothing of the example.
  expect(county.requests.every((request) => Object.values(request.changes.records).every((records) => records.length === 0))).toBe(true);
});

test('P13: the first coordinator connecting to an empty county is asked, and uploads the device\'s concept as the county\'s start', async () => {
  const own = makeLinkedRecords();
  await replaceAll(own);
  await logInAs('anna', 'coordinator');

  expect(await syncNow(clock)).toEqual({ status: 'waiting' });
  expect((await readSyncSummary()).first).toEqual({ state: 'ask_upload' });
  expect(county.requests).toHaveLength(0);

  await chooseFirstConnection('upload');
  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  expect(county.get('measures', own.measures[0]!.id)).toMatchObject({ title: own.measures[0]!.title, revision: 1 });
  expect(await pendingCount()).toBe(0);
  expect((await readSyncSummary()).first).toEqual({ state: 'done' });
});

test('P13: a caseworker connecting to an empty county waits for the coordinator and keeps the device\'s data', async () => {
  await replaceAll(makeLinkedRecords());
  await logInAs('ben', 'caseworker');
  expect(await syncNow(clock)).toEqual({ status: 'waiting' });
  expect((await readSyncSummary()).first).toEqual({ state: 'county_empty' });
  expect(await pendingCount()).toBeGreaterThan(0);
});

test('P13: a device with its own work joining a county with data is asked, and merging sends its work like any sync', async () => {
  const own = makeLinkedRecords();
  await replaceAll(own);
  county.storeAll(makeLinkedRecords());
  await logInAs('ben', 'caseworker');

  expect(await syncNow(clock)).toEqual({ status: 'waiting' });
  const first = (await readSyncSummary()).first;
  expect(first?.state).toBe('ask_merge');

  await chooseFirstConnection('merge');
  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  expect(county.get('concepts', own.concepts[0]!.id)).toBeDefined();
  expect(await pendingCount()).toBe(0);
});

test('C2: a change sent and not edited since is settled: the outbox empties, the record takes the server\'s revision, and the sync counts as a backup', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  expect(await pendingCount()).toBe(1);

  expect(await syncNow(clock)).toEqual({ status: 'done', sent: 1, received: 0 });

  expect(await pendingCount()).toBe(0);
  expect(county.get<Measure>('measures', measure.id)).toMatchObject({ status: 'paused', revision: 2 });
  expect(await getById('measures', measure.id)).toMatchObject({ status: 'paused', revision: 2 });
  const { lastSyncAt, since } = await syncState();
  expect(since).toBe(county.revision);
  // A week later, with no export: the sync saved the change off the device.
  const lastChangeAt = await readMeta<string>(LAST_CHANGE_KEY);
  const weekLater = new Date(Date.now() + 8 * 86_400_000).toISOString();
  expect(isBackupReminderDue({ lastChangeAt, lastExportAt: undefined, lastSyncAt: lastSyncAt ?? undefined }, weekLater, 7)).toBe(false);
  expect(isBackupReminderDue({ lastChangeAt, lastExportAt: undefined, lastSyncAt: undefined }, weekLater, 7)).toBe(true);
});

test('P2: what others changed on the server arrives, and a record without a local change takes the server\'s version', async () => {
  const { measure } = await syncedTablet();
  county.store('measures', { ...county.get<Measure>('measures', measure.id)!, title: 'Sprachcafé am Markt' });
  expect(await syncNow(clock)).toEqual({ status: 'done', sent: 0, received: 1 });
  expect(await getById('measures', measure.id)).toMatchObject({ title: 'Sprachcafé am Markt', revision: 2 });
});

test('C4: a sync whose answer is lost on the way back is sent again with the same syncId, and nothing is applied twice', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  county.next({ loseAnswer: true });

  expect(await syncNow(clock)).toEqual({ status: 'problem', problem: 'offline' });
  expect(await pendingCount()).toBe(1);

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  const [lost, retried] = county.requests.slice(-3);
  expect(retried!.syncId).toBe(lost!.syncId);
  expect(county.get('measures', measure.id)).toMatchObject({ status: 'paused', revision: 2 });
  expect(await pendingCount()).toBe(0);
});

test('C3: a record edited while the sync was under way keeps the edit, folded over the server\'s version, and goes with the next sync', async () => {
  const { measure } = await syncedTablet('coordinator');
  await update('measures', measure.id, { status: 'paused' });
  county.next({ meanwhile: async () => void (await update('measures', measure.id, { title: 'Sprachcafé (neu)' })) });

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });

  // The second round of the same run sent the title.
  expect(county.get('measures', measure.id)).toMatchObject({ status: 'paused', title: 'Sprachcafé (neu)' });
  expect(await getById('measures', measure.id)).toMatchObject({ status: 'paused', title: 'Sprachcafé (neu)' });
  expect(await pendingCount()).toBe(0);
});

test('P8: a change the role may not make is set aside and named; the other changes sync; undoing it brings back the server\'s version', async () => {
  // The tablet's role allows the change (its account was a coordinator's when it logged in); the server, which judges, refuses it.
  const { measure, measurement } = await syncedTablet('coordinator');
  await update('measures', measure.id, { title: 'Ein neuer Titel' });
  await update('measurements', measurement.id, { value: 42 });
  county.next({ refuse: 403, body: { error: 'forbidden', message: 'caseworkers may change status and progress notes only', kind: 'measures', id: measure.id, op: 'update', fields: ['title'] } });

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });

  expect(county.get<Measurement>('measurements', measurement.id)).toMatchObject({ value: 42 });
  expect(county.get<Measure>('measures', measure.id)?.title).toBe(measure.title);
  const { refused, pending } = await readSyncSummary();
  expect(refused).toEqual([expect.objectContaining({ kind: 'measures', id: measure.id, reason: 'forbidden', fields: ['title'], title: 'Ein neuer Titel' })]);
  expect(pending).toBe(1);

  expect(await undoRefused(`measures/${measure.id}`, clock)).toBe('done');
  expect(await getById('measures', measure.id)).toMatchObject({ title: measure.title });
  expect(await readSyncSummary()).toMatchObject({ refused: [], pending: 0 });
});

test('an expired login stops the sync and asks for the password; every change stays on the device', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  county.next({ refuse: 401, body: { error: 'invalid_token', message: 'token expired' } });

  expect(await syncNow(clock)).toEqual({ status: 'problem', problem: 'login_expired' });
  expect(await pendingCount()).toBe(1);
  expect((await readMeta<Connection>(CONNECTION_KEY))?.expired).toBe(true);
});

test('P9: a device too old to sync is told to update and keeps its changes', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  county.next({ refuse: 426, body: { error: 'update_app', message: 'update the app' } });

  expect(await syncNow(clock)).toEqual({ status: 'problem', problem: 'update_required' });
  expect(await readSyncSummary()).toMatchObject({ pending: 1, outcome: { ok: false, problem: 'update_required' } });
});

test('M2: a value of this device that lost a conflict is noted for the person, with the value that stays', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'done' });
  county.next({
    conflicts: (request) => [
      makeStatusConflict(measure.id, county.revision, { lost: request.changes.records.measures[0]!.status }),
    ],
  });

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  expect((await readSyncSummary()).lost).toEqual([expect.objectContaining({ kind: 'measures', id: measure.id, title: measure.title, path: ['status'], mine: 'done', kept: 'paused' })]);
});

test('M9: when another\'s deletion lost to this person\'s edit, the deletion is the coordinator\'s to review, not a notice for this person', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  county.next({
    conflicts: () => [
      {
        id: '22222222-2222-4222-8222-222222222222',
        kind: 'measures',
        recordId: measure.id,
        path: ['deleted'],
        reason: 'edit_vs_delete',
        kept: false,
        lost: true,
        countyRevision: county.revision,
        keptRevision: 3,
        baseRevision: 1,
        keptBy: 'ben',
        lostBy: 'anna',
        createdAt: '2026-03-02T10:00:00.000Z',
        status: 'open',
        resolvedBy: null,
        resolvedAt: null,
      },
    ],
  });

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  expect((await readSyncSummary()).lost).toEqual([]);
});

test('P12: what the device\'s own fold lost goes to the server with the change it belongs to', async () => {
  const { measure } = await syncedTablet();
  await update('measures', measure.id, { status: 'done' });
  const key = `measures/${measure.id}`;
  const entry = (await db().outbox.get(key))!;
  const lost = { kind: 'measures' as const, recordId: measure.id, path: ['status'], reason: 'both_changed' as const, kept: 'paused', lost: 'active' };
  await db().outbox.put({ ...entry, conflicts: [lost] });

  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  expect(county.requests.find((request) => request.changes.records.measures.length > 0)?.conflicts).toEqual([lost]);
});
