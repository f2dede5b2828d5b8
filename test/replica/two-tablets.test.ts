// Two tablets and the real county server (SQLite in a temporary folder, on 127.0.0.1): the
// coordinator starts the county with her concept, a caseworker's tablet takes it, both change
// the same measure while offline, and after syncing in turn both hold the same merged measure;
// the caseworker is told which of his values did not stay. The engine, outbox and merge are
// the app's and the server's own; nothing is scripted.
import type { Measure, ProgressNote } from '../../src/core/schema';
import { getById, update } from '../../src/db/repository';
import { pendingCount } from '../../src/db/outbox';
import { chooseFirstConnection } from '../../src/replica/sync-actions';
import { syncNow } from '../../src/replica/sync-engine';
import { readSyncSummary } from '../../src/replica/sync-status';
import { makeLinkedRecords } from '../factories';
import type { TestServer } from '../server/harness';
import { anna, ben, seed, startServer } from '../server/harness';
import { TestClock } from '../server/test-clock';
import type { Device } from './devices';
import { logIn, newDevice } from './devices';

let server: TestServer;

beforeAll(async () => {
  // The tablets compare the login's expiry with their own clock, so the server's starts now.
  server = await startServer({ clock: new TestClock(new Date().toISOString()) });
  await seed(server, [anna, ben]);
});
afterAll(() => server.close());

const note = (text: string, author: string): ProgressNote => ({ id: crypto.randomUUID(), date: '2026-03-02', text, author });

async function addNoteAndStatus(device: Device, id: string, status: Measure['status'], text: string, author: string): Promise<void> {
  device.act();
  const measure = (await getById('measures', id))!;
  const result = await update('measures', id, { status, progressNotes: [...measure.progressNotes, note(text, author)] });
  expect(result.ok).toBe(true);
}

async function synced(device: Device): Promise<void> {
  device.act();
  expect(await syncNow()).toMatchObject({ status: 'done' });
}

test('two tablets change the same measure offline; after both sync they hold the same measure with both notes, and the value that lost is named to its author', async () => {
  const records = makeLinkedRecords();
  const id = records.measures[0]!.id;

  const annas = await newDevice(records);
  await logIn(annas, server, anna);
  expect(await syncNow()).toEqual({ status: 'waiting' });
  await chooseFirstConnection('upload');
  await synced(annas);

  const bens = await newDevice();
  await logIn(bens, server, ben);
  await synced(bens);
  expect(await getById('measures', id)).toMatchObject({ title: records.measures[0]!.title });

  // Offline, each changes the status and adds a note.
  await addNoteAndStatus(annas, id, 'paused', 'Anna: Raum ab März gebucht', 'anna');
  await addNoteAndStatus(bens, id, 'done', 'Ben: letzte Sitzung am Dienstag', 'ben');

  // Anna's change reaches the server first.
  await synced(annas);
  await synced(bens);
  await synced(annas);

  const versions: Measure[] = [];
  for (const device of [annas, bens]) {
    device.act();
    versions.push((await getById('measures', id))!);
    expect(await pendingCount()).toBe(0);
  }
  const [atAnna, atBen] = versions;
  expect(atAnna!.status).toBe('paused');
  expect(atAnna!.progressNotes.map((n) => n.text).sort()).toEqual(['Anna: Raum ab März gebucht', 'Ben: letzte Sitzung am Dienstag']);
  const content = ({ progressNotes, status, title, revision }: Measure) => ({ progressNotes, status, title, revision });
  expect(content(atBen!)).toEqual(content(atAnna!));

  bens.act();
  expect((await readSyncSummary()).lost).toEqual([expect.objectContaining({ kind: 'measures', id, path: ['status'], mine: 'done', kept: 'paused' })]);
  annas.act();
  expect((await readSyncSummary()).lost).toEqual([]);
});
