// POST /api/sync over real HTTP (src/core/merge/SPEC.md): the first upload, merges of concurrent
// edits, conflicts, idempotent retries, refusals, older and newer data formats, the body limit.
import { randomUUID } from 'node:crypto';
import { makeMeasurement } from '../factories';
import { bigCounty } from './big-county';
import type { County } from './county-records';
import { countyRecords, writeOrder } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import type { Sent } from './sync-device';
import { byKey, Device, postSync, syncBody } from './sync-device';

function allOf(county: County): Sent[] {
  return writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record })));
}

async function countyRevision(server: TestServer, county = 'boerde'): Promise<number> {
  return (await server.store.db.selectFrom('counties').select('revision').where('key', '=', county).executeTakeFirstOrThrow()).revision;
}

async function historyCount(server: TestServer): Promise<number> {
  const rows = await server.store.db.selectFrom('record_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(rows.n);
}

describe(`POST /api/sync (${storeKind})`, () => {
  let server: TestServer;
  let annaToken: string;
  let benToken: string;
  let county: County;
  let coordinator: Device;

  beforeEach(async () => {
    server = await startServer();
    await seed(server, [anna, ben]);
    annaToken = await tokenFor(server, anna);
    benToken = await tokenFor(server, ben);
    county = countyRecords();
    coordinator = new Device(server.url, annaToken);
    const first = await coordinator.sync(allOf(county));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
  });
  afterEach(() => server.close());

  const measure = () => county.measures[0]!;

  it('P13: an empty county takes the first coordinator\'s upload as its start, and the answer holds it', async () => {
    const total = allOf(county).length;
    expect(coordinator.since).toBe(total);
    expect(coordinator.records.size).toBe(total);
    expect(coordinator.get('measures', measure().id).revision).toBe(1);
    const caseworker = new Device(server.url, benToken);
    const answer = await caseworker.sync();
    expect(answer.body.revision).toBe(total);
    expect(caseworker.records.size).toBe(total);
  });

  it('M1, P2: edits of different fields on two devices both arrive, and each device receives the other\'s', async () => {
    const caseworker = new Device(server.url, benToken);
    await caseworker.sync();
    const fromBen = await caseworker.sync([caseworker.edit('measures', measure().id, { status: 'done' })]);
    expect(fromBen.status, JSON.stringify(fromBen.body)).toBe(200);
    const fromAnna = await coordinator.sync([coordinator.edit('measures', measure().id, { title: 'Sprachcafé Calvörde' })]);
    expect(fromAnna.status, JSON.stringify(fromAnna.body)).toBe(200);
    expect(fromAnna.body.conflicts).toEqual([]);
    expect(coordinator.get('measures', measure().id)).toMatchObject({ title: 'Sprachcafé Calvörde', status: 'done', revision: 3 });
    await caseworker.sync();
    expect(caseworker.get('measures', measure().id)).toMatchObject({ title: 'Sprachcafé Calvörde', status: 'done', revision: 3 });
  });

  it('M2, P5: a stale base with the same field changed differently keeps the server\'s value and records the other as a conflict', async () => {
    const other = new Device(server.url, annaToken);
    await other.sync();
    await coordinator.sync([coordinator.edit('measures', measure().id, { title: 'Zuerst' })]);
    const late = await other.sync([other.edit('measures', measure().id, { title: 'Danach' })]);
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(other.get('measures', measure().id).title).toBe('Zuerst');
    expect(late.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'measures', recordId: measure().id, path: ['title'], reason: 'both_changed', kept: 'Zuerst', lost: 'Danach', keptRevision: 2, baseRevision: 1, keptBy: 'anna', lostBy: 'anna', status: 'open' }),
    ]);
  });

  it('P4: a retry with the same syncId gets the same answer and applies nothing twice', async () => {
    const body = syncBody(coordinator.since, [coordinator.edit('measures', measure().id, { title: 'Einmal' }), { kind: 'measurements', record: makeMeasurement({ indicatorId: county.indicators[0]!.id, period: '2023' }) }]);
    const first = await postSync(server.url, annaToken, body);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const [revision, history] = [await countyRevision(server), await historyCount(server)];
    // Meanwhile another change arrives; the retry's answer is still the first answer.
    await coordinator.sync([coordinator.edit('goals', county.goals[0]!.id, { title: 'Später' })]);
    const again = await postSync(server.url, annaToken, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await historyCount(server)).toBe(history + 1);
    expect(await countyRevision(server)).toBe(revision + 1);
  });

  it('P4: a syncId of another account is refused', async () => {
    const body = syncBody(coordinator.since, [coordinator.edit('measures', measure().id, { status: 'paused' })]);
    expect((await postSync(server.url, annaToken, body)).status).toBe(200);
    const taken = await postSync(server.url, benToken, body);
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('sync_id_taken');
  });

  it('P8: a change the role may not make refuses the whole request with 403 naming it, and nothing is stored', async () => {
    const caseworker = new Device(server.url, benToken);
    await caseworker.sync();
    const [revision, history] = [await countyRevision(server), await historyCount(server)];
    const allowed = caseworker.edit('measures', measure().id, { status: 'done' });
    const forbidden = caseworker.edit('goals', county.goals[0]!.id, { title: 'Vom Fallmanager' });
    const answer = await caseworker.sync([allowed, forbidden]);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: 'forbidden', kind: 'goals', id: county.goals[0]!.id, operation: 'update' });
    const fields = await caseworker.sync([caseworker.edit('measures', measure().id, { title: 'Neuer Titel' })]);
    expect(fields.status).toBe(403);
    expect(fields.body).toMatchObject({ error: 'forbidden', kind: 'measures', operation: 'update', fields: ['title'] });
    expect(await countyRevision(server)).toBe(revision);
    expect(await historyCount(server)).toBe(history);
  });

  it('P8: a caseworker\'s status change and progress note merge with the coordinator\'s title change', async () => {
    const caseworker = new Device(server.url, benToken);
    await caseworker.sync();
    const note = { id: randomUUID(), date: '2024-05-02', text: 'Zehn Teilnehmende', author: 'ben' };
    await coordinator.sync([coordinator.edit('measures', measure().id, { title: 'Sprachcafé Calvörde' })]);
    const answer = await caseworker.sync([caseworker.edit('measures', measure().id, { status: 'done', progressNotes: [...(measure().progressNotes ?? []), note] })]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const merged = caseworker.get('measures', measure().id);
    expect(merged).toMatchObject({ title: 'Sprachcafé Calvörde', status: 'done' });
    expect(merged.progressNotes).toContainEqual(note);
  });

  it('M14: a measurement for a period that has not begun is not stored; the device\'s record comes back as a tombstone and a conflict', async () => {
    const future = makeMeasurement({ indicatorId: county.indicators[0]!.id, period: '2099' });
    const answer = await coordinator.sync([{ kind: 'measurements', record: future }]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(coordinator.get('measurements', future.id).deleted).toBe(true);
    expect(answer.body.conflicts).toHaveLength(1);
    const [conflict] = answer.body.conflicts;
    expect(conflict).toMatchObject({ kind: 'measurements', recordId: future.id, path: [], reason: 'rejected', lost: { period: '2099' } });
    expect(conflict?.problems?.map((p) => p.code)).toEqual(['future_period']);
  });

  it('M9: an edit that arrives after a deletion it never saw leaves the record deleted, with the edit in the tombstone and the undeletion as a conflict', async () => {
    const other = new Device(server.url, annaToken);
    await other.sync();
    const goal = county.goals[0]!;
    await coordinator.sync([coordinator.edit('goals', goal.id, { deleted: true })]);
    const answer = await other.sync([other.edit('goals', goal.id, { title: 'Noch gebraucht' })]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(other.get('goals', goal.id)).toMatchObject({ deleted: true, title: 'Noch gebraucht' });
    expect(answer.body.conflicts).toEqual([expect.objectContaining({ path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false })]);
  });

  it('M9: a deletion that arrives after an edit it never saw keeps the record with the edit, and the deletion is the conflict', async () => {
    const other = new Device(server.url, annaToken);
    await other.sync();
    const goal = county.goals[0]!;
    await coordinator.sync([coordinator.edit('goals', goal.id, { title: 'Noch gebraucht' })]);
    const answer = await other.sync([other.edit('goals', goal.id, { deleted: true })]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(other.get('goals', goal.id)).toMatchObject({ deleted: false, title: 'Noch gebraucht' });
    expect(answer.body.conflicts).toEqual([expect.objectContaining({ path: ['deleted'], reason: 'edit_vs_delete', kept: false, lost: true })]);
  });

  it('P5: a base revision the record never had is refused and nothing is stored', async () => {
    const revision = await countyRevision(server);
    const answer = await coordinator.sync([{ ...coordinator.edit('measures', measure().id, { title: 'x' }), base: 7 }]);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('unknown_base');
    expect(await countyRevision(server)).toBe(revision);
  });

  it('P10: a record that does not match its schema is refused, naming kind, id and fields', async () => {
    const answer = await coordinator.sync([coordinator.edit('measures', measure().id, { status: 'irgendwas' })]);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'invalid_record', kind: 'measures', id: measure().id, problems: [expect.objectContaining({ path: 'status' })] });
  });

  it('P9: a data format too old is told to update the app (426), one newer than the server\'s to update the server (409)', async () => {
    const edit = coordinator.edit('measures', measure().id, { title: 'x' });
    const old = await postSync(server.url, annaToken, syncBody(coordinator.since, [edit], { schemaVersion: 0 }));
    expect(old.status).toBe(426);
    expect(old.body.error).toBe('update_app');
    const newer = await postSync(server.url, annaToken, syncBody(coordinator.since, [edit], { schemaVersion: 99 }));
    expect(newer.status).toBe(409);
    expect(newer.body.error).toBe('update_server');
  });

  it('P9: a record in an older format keeps the fields that format does not know', async () => {
    const { progressNotes: _notes, ...older } = coordinator.get('measures', measure().id);
    const answer = await postSync(server.url, annaToken, syncBody(coordinator.since, [{ kind: 'measures', record: { ...older, title: 'Alt' }, base: 1 }], { schemaVersion: 1 }));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(byKey(answer.body).get(`measures/${measure().id}`)).toMatchObject({ title: 'Alt', progressNotes: measure().progressNotes });
  });

  it('P11: a body above the general limit but within the sync limit goes through', async () => {
    const padding = 'x'.repeat(1900);
    const many: Sent[] = Array.from({ length: 800 }, (_, n) => ({ kind: 'measurements', record: makeMeasurement({ indicatorId: county.indicators[0]!.id, period: String(1200 + n), note: padding }) }));
    const body = syncBody(coordinator.since, many);
    expect(JSON.stringify(body).length).toBeGreaterThan(server.config.bodyLimit);
    const answer = await postSync(server.url, annaToken, body);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBe(200);
  });

  it('P11: a whole county\'s first upload (10,000 records, about 8 MB) goes through in one sync, and every record is stored', async () => {
    const empty = await startServer();
    try {
      await seed(empty, [anna]);
      const county = bigCounty(10_000);
      const body = syncBody(0, county);
      expect(JSON.stringify(body).length).toBeGreaterThan(7_500_000);
      const answer = await postSync(empty.url, await tokenFor(empty, anna), body);
      expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBe(200);
      expect(answer.body.conflicts).toEqual([]);
      const stored = await empty.store.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted', '=', 0).executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(county.length);
    } finally {
      await empty.close();
    }
  });

  it('P7: a record sent unchanged writes no new revision, and comes back as stored', async () => {
    const [revision, history] = [await countyRevision(server), await historyCount(server)];
    const answer = await coordinator.sync([coordinator.edit('measures', measure().id, {})]);
    expect(answer.status).toBe(200);
    expect(answer.body.revision).toBe(revision);
    expect(byKey(answer.body).get(`measures/${measure().id}`)).toMatchObject({ revision: 1 });
    expect(await historyCount(server)).toBe(history);
  });

  it('P5, M11: a record sent without a base that the county already holds merges without one: differing fields are conflicts the county\'s value wins', async () => {
    const goal = county.goals[0]!;
    const answer = await coordinator.sync([{ kind: 'goals', record: { ...goal, title: 'Auf einem zweiten Gerät angelegt' } }]);
    expect(answer.status).toBe(200);
    expect(coordinator.get('goals', goal.id).title).toBe(goal.title);
    expect(answer.body.conflicts).toMatchObject([{ path: ['title'], reason: 'both_changed', kept: goal.title, lost: 'Auf einem zweiten Gerät angelegt', baseRevision: null }]);
  });

  it('P12: conflicts the device\'s own merge found are kept beside the server\'s, attributed to the sender', async () => {
    const caseworker = new Device(server.url, benToken);
    await caseworker.sync();
    // The conflict travels with the change it belongs to: the device's merge kept the server's status over its own.
    const body = { ...syncBody(caseworker.since, [caseworker.edit('measures', measure().id, {})]), conflicts: [{ kind: 'measures', recordId: measure().id, path: ['status'], reason: 'both_changed', kept: 'active', lost: 'paused' }] };
    const answer = await postSync(server.url, benToken, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.conflicts).toMatchObject([{ kind: 'measures', recordId: measure().id, path: ['status'], kept: 'active', lost: 'paused', lostBy: 'ben', keptBy: 'anna', keptRevision: 1 }]);
    // Stored once: the retry replays the answer.
    expect((await postSync(server.url, benToken, body)).body).toEqual(answer.body);
    const listed = await call<{ open: number }>(`${server.url}/api/conflicts`, { token: annaToken });
    expect(listed.body.open).toBe(1);
  });
});
