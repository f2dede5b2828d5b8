// Change files between a tablet that was never connected and the coordinator's device, against
// the real county server (SQLite in a temporary folder, on 127.0.0.1). The county started from
// the coordinator's first upload of the example concept; the tablet holds the same example
// (the example's ids are the same on every device) and a person edits two entries there. The
// engine, outbox, merge and server are the app's own; nothing is scripted.
import type { Measure, Offer } from '../../src/core/schema';
import type { SyncConflict } from '../../src/core/merge/protocol';
import { db } from '../../src/db/database';
import { ensureExampleLoaded } from '../../src/db/example';
import { pendingCount, syncState } from '../../src/db/outbox';
import { getById, listActive, remove, update } from '../../src/db/repository';
import type { Clock } from '../../src/replica/build-attempt';
import { browserClock } from '../../src/replica/build-attempt';
import { exportChanges, queueChangeFile, readChangeFile } from '../../src/replica/change-file';
import { chooseFirstConnection } from '../../src/replica/sync-actions';
import { syncNow } from '../../src/replica/sync-engine';
import { readSyncSummary } from '../../src/replica/sync-status';
import type { TestServer } from '../server/harness';
import { anna, ben, seed, startServer } from '../server/harness';
import { call } from '../server/http';
import { TestClock } from '../server/test-clock';
import type { Device } from './devices';
import { logIn, newDevice } from './devices';

let server: TestServer;
let token: string;

beforeEach(async () => {
  // The tablets compare the login's expiry with their own clock, so the server's starts now.
  server = await startServer({ clock: new TestClock(new Date().toISOString()) });
  await seed(server, [anna, ben]);
});
afterEach(() => server.close());

const clock: Clock = browserClock;

async function synced(device: Device): Promise<void> {
  device.act();
  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
}

/** The coordinator's device: the example, uploaded as the county's start. */
async function countyFromExample(): Promise<Device> {
  const coordinator = await newDevice();
  await ensureExampleLoaded();
  await logIn(coordinator, server, anna);
  expect(await syncNow(clock)).toEqual({ status: 'waiting' });
  await chooseFirstConnection('upload');
  await synced(coordinator);
  token = (await call<{ token: string }>(`${server.url}/api/login`, { body: { county: anna.county, name: anna.name, password: anna.password } })).body.token;
  return coordinator;
}

/** A tablet that loaded the example and was never connected. */
async function neverConnectedTablet(): Promise<Device> {
  const tablet = await newDevice();
  await ensureExampleLoaded();
  return tablet;
}

async function serverRecord<T>(kind: string, id: string): Promise<T> {
  return (await call<{ record: T }>(`${server.url}/api/records/${kind}/${id}`, { token })).body.record;
}

/** The server's record as stored, tombstones included (the records route answers 404 for those). */
async function storedOnServer(kind: string, id: string): Promise<Record<string, unknown>> {
  const row = await server.store.db.selectFrom('records').select('data').where('county', '=', 'boerde').where('kind', '=', kind).where('id', '=', id).executeTakeFirstOrThrow();
  return JSON.parse(row.data) as Record<string, unknown>;
}

async function openConflicts(): Promise<SyncConflict[]> {
  return (await call<{ conflicts: SyncConflict[] }>(`${server.url}/api/conflicts?status=open`, { token })).body.conflicts;
}

async function countyRevision(): Promise<number> {
  return (await server.store.db.selectFrom('counties').select('revision').where('key', '=', 'boerde').executeTakeFirstOrThrow()).revision;
}

/** The coordinator reads the file on her device, which sends it with the next sync. */
async function readOn(device: Device, text: string): Promise<void> {
  device.act();
  const file = readChangeFile(text);
  if (!file.ok) throw new Error(`the file should read: ${file.reason}`);
  await queueChangeFile('aenderungen.json', file.request, clock);
  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
}

test('a tablet that was never connected saves only what a person edited there: two edits, two changes', async () => {
  await neverConnectedTablet();
  const [measure] = await listActive('measures');
  const [offer] = await listActive('offers');
  expect(await pendingCount()).toBe(0);

  await update('measures', measure!.id, { status: 'paused' });
  await update('offers', offer!.id, { eligibility: 'Wohnsitz im Landkreis Börde oder im Jerichower Land.' });

  expect(await pendingCount()).toBe(2);
  const file = await exportChanges(clock);
  expect(file?.count).toBe(2);
  const read = readChangeFile(file!.text);
  if (!read.ok) throw new Error('the file should read');
  expect(read.count).toBe(2);
});

test('the never-connected tablet\'s edits merge against the example they started from: each field the county changed since stays, and no conflict appears that nobody caused', async () => {
  const coordinator = await countyFromExample();
  const [measure] = await listActive('measures');
  // The coordinator renames the measure after the county started.
  expect((await update('measures', measure!.id, { title: 'Integrationskurse an fünf Kursorten sichern' })).ok).toBe(true);
  await synced(coordinator);

  await neverConnectedTablet();
  expect((await update('measures', measure!.id, { status: 'paused' })).ok).toBe(true);
  const file = (await exportChanges(clock))!;

  await readOn(coordinator, file.text);

  expect(await serverRecord<Measure>('measures', measure!.id)).toMatchObject({ title: 'Integrationskurse an fünf Kursorten sichern', status: 'paused' });
  expect(await getById('measures', measure!.id)).toMatchObject({ title: 'Integrationskurse an fünf Kursorten sichern', status: 'paused' });
  expect(await openConflicts()).toEqual([]);
});

test('M9: an edit in a stale change file to an offer deleted since does not bring it back; the coordinator finds the edit in a conflict and can restore it', async () => {
  const coordinator = await countyFromExample();
  const [offer] = await listActive('offers');
  await remove('offers', offer!.id);
  await synced(coordinator);

  await neverConnectedTablet();
  expect((await update('offers', offer!.id, { eligibility: 'Auch für Studierende aus dem Nachbarkreis.' })).ok).toBe(true);
  const file = (await exportChanges(clock))!;

  await readOn(coordinator, file.text);

  expect(await storedOnServer('offers', offer!.id)).toMatchObject({ deleted: true });
  expect(await getById('offers', offer!.id)).toBeUndefined();
  expect(await db().entities('offers').get(offer!.id)).toMatchObject({ deleted: true, eligibility: 'Auch für Studierende aus dem Nachbarkreis.' });
  const conflicts = await openConflicts();
  expect(conflicts).toEqual([expect.objectContaining({ kind: 'offers', recordId: offer!.id, path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false })]);

  const restored = await call<{ record: Offer }>(`${server.url}/api/conflicts/${conflicts[0]!.id}/resolve`, { token, body: { action: 'restore' } });
  expect(restored.status, JSON.stringify(restored.body)).toBe(200);
  expect(restored.body.record).toMatchObject({ deleted: false, eligibility: 'Auch für Studierende aus dem Nachbarkreis.' });
});

test('the same change file read twice applies nothing the second time, and the coordinator\'s device stays on the newest revision', async () => {
  const coordinator = await countyFromExample();
  const [measure] = await listActive('measures');

  // A tablet that took the county's data once and then stayed out of reach of any network.
  const tablet = await newDevice();
  await logIn(tablet, server, ben);
  await synced(tablet);
  expect((await update('measures', measure!.id, { status: 'paused' })).ok).toBe(true);
  const file = (await exportChanges(clock))!;
  expect(file.count).toBe(1);

  await readOn(coordinator, file.text);
  expect(await getById('measures', measure!.id)).toMatchObject({ status: 'paused' });

  // The county moves on: the coordinator changes the measure again.
  expect((await update('measures', measure!.id, { status: 'active', title: 'Integrationskurse: neue Kursorte' })).ok).toBe(true);
  await synced(coordinator);
  const newest = await getById('measures', measure!.id);
  const revisionBefore = await countyRevision();
  const { since } = await syncState();

  await readOn(coordinator, file.text);

  expect(await countyRevision()).toBe(revisionBefore);
  expect(await getById('measures', measure!.id)).toEqual(newest);
  expect((await syncState()).since).toBeGreaterThanOrEqual(since);
  expect(await pendingCount()).toBe(0);

  // And for good: what the county does next still arrives.
  expect((await update('measures', measure!.id, { description: 'Kursbeginne monatlich.' })).ok).toBe(true);
  await synced(coordinator);
  expect(await serverRecord<Measure>('measures', measure!.id)).toMatchObject({ status: 'active', title: 'Integrationskurse: neue Kursorte', description: 'Kursbeginne monatlich.' });
  const fromOffice = await call(`${server.url}/api/records/measures/${measure!.id}`, { token, method: 'PUT', body: { ...(await serverRecord<Measure>('measures', measure!.id)), title: 'Vom Büro geändert' } });
  expect(fromOffice.status, JSON.stringify(fromOffice.body)).toBe(200);
  await synced(coordinator);
  expect(await getById('measures', measure!.id)).toMatchObject({ title: 'Vom Büro geändert' });
});

test('a change file read on a second device by another person applies nothing again, and that device\'s own sync goes on', async () => {
  const coordinator = await countyFromExample();
  const [measure] = await listActive('measures');
  await neverConnectedTablet();
  expect((await update('measures', measure!.id, { status: 'paused' })).ok).toBe(true);
  const file = (await exportChanges(clock))!;
  await readOn(coordinator, file.text);
  const revision = await countyRevision();

  const bens = await newDevice();
  await logIn(bens, server, ben);
  await synced(bens);
  await readOn(bens, file.text);

  expect(await countyRevision()).toBe(revision);
  expect(await getById('measures', measure!.id)).toMatchObject({ status: 'paused' });
  expect((await readSyncSummary()).files).toBe(0);
});

test('F2: a file with a change the reader\'s role may not make: the rest goes on, and the same file read on the reader\'s second device applies nothing twice', async () => {
  const coordinator = await countyFromExample();
  const [first, second] = await listActive('measures');
  await neverConnectedTablet();
  expect((await update('measures', first!.id, { title: 'Neuer Titel vom Tablet' })).ok).toBe(true);
  expect((await update('measures', second!.id, { status: 'paused' })).ok).toBe(true);
  const file = (await exportChanges(clock))!;

  // Ben, a caseworker, reads it: a caseworker may not change a measure's title.
  const office = await newDevice();
  await logIn(office, server, ben);
  await synced(office);
  await readOn(office, file.text);
  expect((await readSyncSummary()).refused).toEqual([expect.objectContaining({ kind: 'measures', id: first!.id, reason: 'forbidden' })]);
  expect(await serverRecord<Measure>('measures', second!.id)).toMatchObject({ status: 'paused' });

  // The county moves on; then Ben reads the same file on his laptop.
  await synced(coordinator);
  expect((await update('measures', second!.id, { status: 'dropped' })).ok).toBe(true);
  await synced(coordinator);
  const revision = await countyRevision();
  const laptop = await newDevice();
  await logIn(laptop, server, ben);
  await synced(laptop);
  await readOn(laptop, file.text);

  expect(await countyRevision()).toBe(revision);
  expect(await serverRecord<Measure>('measures', second!.id)).toMatchObject({ status: 'dropped' });
  expect(await openConflicts()).toEqual([]);
});

test('F5: a tablet that saved its changes as a file and later gets online itself sends them once; the file read afterwards applies nothing', async () => {
  const coordinator = await countyFromExample();
  const [measure] = await listActive('measures');
  const tablet = await newDevice();
  await logIn(tablet, server, ben);
  await synced(tablet);

  // Out of reach of any network, the caseworker saves a change as a file, and goes on working.
  expect((await update('measures', measure!.id, { status: 'paused' })).ok).toBe(true);
  const file = (await exportChanges(clock))!;
  expect((await update('measures', measure!.id, { progressNotes: [{ id: crypto.randomUUID(), date: '2025-06-01', text: 'Kurs pausiert bis März', author: 'ben' }] })).ok).toBe(true);

  // Back in the office, the tablet syncs by itself.
  await synced(tablet);
  expect(await pendingCount()).toBe(0);
  expect(await serverRecord<Measure>('measures', measure!.id)).toMatchObject({ status: 'paused', progressNotes: [expect.objectContaining({ text: 'Kurs pausiert bis März' })] });

  // The coordinator resumes the measure; later she reads the file she was handed.
  await synced(coordinator);
  expect((await update('measures', measure!.id, { status: 'active' })).ok).toBe(true);
  await synced(coordinator);
  const revision = await countyRevision();
  await readOn(coordinator, file.text);

  expect(await countyRevision()).toBe(revision);
  expect(await serverRecord<Measure>('measures', measure!.id)).toMatchObject({ status: 'active' });
  expect(await openConflicts()).toEqual([]);
});
