// Holes in the sync found by attacking the server (issue 17), each closed and tested over real
// HTTP: values planted through a device's reported conflicts and written later by the
// coordinator's restore, a measure revived by a caseworker's stale edit, a device's createdAt
// taken for the server's, and records of an unknown kind dropped without a word.
import { mayRestore } from '../../src/core/rulebook/restore-grant';
import type { SyncConflict } from '../../src/core/merge/protocol';
import { MAX_DEVICE_CONFLICTS } from '../../src/core/merge/protocol';
import { storeConflicts } from '../../src/server/replication/conflicts';
import { makeMeasurement } from '../factories';
import type { County } from './county-records';
import type { TestServer } from './harness';
import { storeKind } from './harness';
import { call } from './http';
import { Device, postSync, startedCounty, syncBody } from './sync-device';

describe(`sync holes an attacker found (${storeKind})`, () => {
  let server: TestServer;
  let annaToken: string;
  let benToken: string;
  let county: County;
  let office: Device;
  let tablet: Device;

  beforeEach(async () => {
    ({ server, annaToken, benToken, county, office } = await startedCounty());
    tablet = new Device(server.url, benToken);
    await tablet.sync();
  });
  afterEach(() => server.close());

  const recordOf = async (kind: string, id: string) => (await call<{ record?: Record<string, unknown> }>(`${server.url}/api/records/${kind}/${id}`, { token: annaToken })).body.record;
  const openConflicts = async () => (await call<{ open: number; conflicts: SyncConflict[] }>(`${server.url}/api/conflicts`, { token: annaToken })).body;
  const countyRevision = async () => (await server.store.db.selectFrom('counties').select('revision').where('key', '=', 'boerde').executeTakeFirstOrThrow()).revision;

  describe("a caseworker cannot plant values through sync's conflicts for the coordinator's restore to write", () => {
    /** A request with an honest change (a new measurement) and the conflicts given for it. */
    function withConflicts(conflictsFor: (measurementId: string) => unknown[]) {
      const measurement = makeMeasurement({ indicatorId: county.indicators[0]!.id, municipalityId: null, period: '2020' });
      const request = syncBody(tablet.since, [{ kind: 'measurements', record: measurement }]);
      const body = { ...request, base: request.base ?? {}, conflicts: conflictsFor(measurement.id) };
      return { body, records: request.changes.records as Record<string, unknown[]>, measurement };
    }

    it("a conflict on an offer's description or a concept's title is refused with 403 naming it, and nothing of the request is stored", async () => {
      const offer = county.offers[0]!;
      const concept = county.concepts[0]!;
      const before = await countyRevision();
      for (const [kind, recordId, path] of [['offers', offer.id, ['description']], ['concepts', concept.id, ['title']]] as const) {
        // The record travels too, unchanged, as an honest device's would with its conflict.
        const record = tablet.get(kind, recordId);
        const { body, records, measurement } = withConflicts(() => [{ kind, recordId, path, reason: 'both_changed', kept: record[path[0]], lost: 'Rufen Sie 0900 123 456 an' }]);
        records[kind]!.push(record);
        body.base[`${kind}/${recordId}`] = record.revision as number;
        const answer = await postSync(server.url, benToken, body);
        expect(answer.status, JSON.stringify(answer.body)).toBe(403);
        expect(answer.body).toMatchObject({ error: 'forbidden', kind, id: recordId, path });
        expect(answer.body.message).toMatch(/caseworker role may not change/);
        expect(await recordOf('measurements', measurement.id)).toBeUndefined();
      }
      expect(await countyRevision()).toBe(before);
      expect((await openConflicts()).open).toBe(0);
    });

    it('a conflict about a record the request does not send, or a rejection only the server makes, is refused with 400', async () => {
      const measure = county.measures[0]!;
      const apart = withConflicts(() => [{ kind: 'measures', recordId: measure.id, path: ['status'], reason: 'both_changed', kept: 'active', lost: 'paused' }]);
      const answer = await postSync(server.url, benToken, apart.body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'invalid_conflict', kind: 'measures', id: measure.id });

      const rejected = withConflicts((recordId) => [{ kind: 'measurements', recordId, path: [], reason: 'rejected', lost: { note: 'x' } }]);
      const refused = await postSync(server.url, benToken, rejected.body);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: 'invalid_conflict' });
      expect((await openConflicts()).open).toBe(0);
    });

    it(`2,000 conflicts in one request are refused (at most ${MAX_DEVICE_CONFLICTS}), and none is stored`, async () => {
      const { body, measurement } = withConflicts((recordId) => Array.from({ length: 2000 }, (_, i) => ({ kind: 'measurements', recordId, path: ['note'], reason: 'both_changed', kept: '', lost: `Falsch ${i}` })));
      const answer = await postSync(server.url, benToken, body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'too_many_conflicts', limit: MAX_DEVICE_CONFLICTS });
      expect(answer.body.message).toMatch(/at most 1000 conflicts; this one reports 2000/);
      expect((await openConflicts()).open).toBe(0);
      expect(await recordOf('measurements', measurement.id)).toBeUndefined();
    });

    it('an honest conflict on a field the caseworker may change is kept for the coordinator', async () => {
      const { body, measurement } = withConflicts((recordId) => [{ kind: 'measurements', recordId, path: ['note'], reason: 'both_changed', kept: '', lost: 'Zählung nachgeholt' }]);
      expect((await postSync(server.url, benToken, body)).status).toBe(200);
      expect((await openConflicts()).conflicts).toMatchObject([{ kind: 'measurements', recordId: measurement.id, lost: 'Zählung nachgeholt', lostBy: 'ben' }]);
    });

    it("the coordinator's restore of a conflict is judged with the rights of the person who lost the value: a planted offer description from before the check stays out", async () => {
      const offer = county.offers[0]!;
      // A conflict as a database (or a backup) from before the sync checked conflicts may hold it.
      const [planted] = await server.store.transaction((trx) => storeConflicts(trx, 'boerde', null, 0, [{
        kind: 'offers', recordId: offer.id, path: ['description'], reason: 'both_changed', kept: offer.description, lost: 'Rufen Sie 0900 123 456 an',
        keptRevision: 1, baseRevision: 1, keptBy: 'anna', lostBy: 'ben',
      }], server.clock.now().toISOString()));
      const restore = await call(`${server.url}/api/conflicts/${planted!.id}/resolve`, { token: annaToken, body: { action: 'restore' } });
      expect(restore.status, JSON.stringify(restore.body)).toBe(403);
      expect(restore.body).toMatchObject({ error: 'forbidden', kind: 'offers', id: offer.id });
      expect(restore.body.message).toMatch(/lost by ben/);
      expect(await recordOf('offers', offer.id)).toMatchObject({ description: offer.description, revision: 1 });
      expect((await openConflicts()).conflicts).toMatchObject([{ id: planted!.id, status: 'open' }]);
      // Dismissing it is the coordinator's way out.
      expect((await call(`${server.url}/api/conflicts/${planted!.id}/resolve`, { token: annaToken, body: { action: 'dismiss' } })).status).toBe(200);
    });

    it("a value the caseworker lost in a field he may change is restored by the coordinator as before", async () => {
      const measure = county.measures[0]!;
      const [lost] = await server.store.transaction((trx) => storeConflicts(trx, 'boerde', null, 0, [{
        kind: 'measures', recordId: measure.id, path: ['status'], reason: 'both_changed', kept: measure.status, lost: 'paused',
        keptRevision: 1, baseRevision: 1, keptBy: 'anna', lostBy: 'ben',
      }], server.clock.now().toISOString()));
      const restore = await call(`${server.url}/api/conflicts/${lost!.id}/resolve`, { token: annaToken, body: { action: 'restore' } });
      expect(restore.status, JSON.stringify(restore.body)).toBe(200);
      expect(await recordOf('measures', measure.id)).toMatchObject({ status: 'paused', revision: 2 });
    });
  });

  it("a caseworker's sync based on the revision before the coordinator deleted a measure does not revive it: the measure stays deleted, his edit becomes a conflict whose restore is refused for his role", async () => {
    const measure = county.measures[0]!;
    const stale = tablet.edit('measures', measure.id, { status: 'done' });
    expect((await office.sync([office.edit('measures', measure.id, { deleted: true })])).status).toBe(200);

    // SPEC M9: an edit that never saw the deletion does not bring the record back.
    const answer = await tablet.sync([stale]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await call(`${server.url}/api/records/measures/${measure.id}`, { token: annaToken })).status).toBe(404);
    const { conflicts } = await openConflicts();
    const lost = conflicts.find((c) => c.recordId === measure.id);
    expect(lost).toMatchObject({ kind: 'measures', lostBy: 'ben', lostByRole: 'caseworker' });
    // The coordinator's screen, asking the core with the listed role, offers no restore (issue 18)…
    expect(mayRestore(lost!.lostByRole!, lost!.kind, lost!.path, lost!.lost)).toBe(false);

    // …since restoring it would revive the measure: a creation, which the loser's role may not make.
    const restore = await call(`${server.url}/api/conflicts/${lost!.id}/resolve`, { method: 'POST', token: annaToken, body: { action: 'restore' } });
    expect(restore.status, JSON.stringify(restore.body)).toBe(403);
    // The refusal names role and operation, for the app to word it in the person's language.
    expect(restore.body).toMatchObject({ error: 'forbidden', role: 'caseworker', operation: 'create', kind: 'measures' });
    expect((await call(`${server.url}/api/records/measures/${measure.id}`, { token: annaToken })).status).toBe(404);
  });

  it("a caseworker's sync that revives a measure he knows was deleted is a creation his role may not make: 403, the measure stays deleted; the coordinator's revives it", async () => {
    const measure = county.measures[0]!;
    expect((await office.sync([office.edit('measures', measure.id, { deleted: true })])).status).toBe(200);
    await tablet.sync();
    const revival = tablet.edit('measures', measure.id, { deleted: false, status: 'done' });

    const answer = await tablet.sync([revival]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(403);
    expect(answer.body).toMatchObject({ error: 'forbidden', kind: 'measures', id: measure.id, operation: 'create' });
    expect((await call(`${server.url}/api/records/measures/${measure.id}`, { token: annaToken })).status).toBe(404);

    const revived = await office.sync([office.edit('measures', measure.id, { deleted: false, status: 'done' })]);
    expect(revived.status).toBe(200);
    expect(await recordOf('measures', measure.id)).toMatchObject({ status: 'done', deleted: false });
  });

  it("a sync create gets the server's createdAt, not the device's 1999; a later change keeps the first createdAt", async () => {
    const measurement = makeMeasurement({ indicatorId: county.indicators[0]!.id, municipalityId: null, period: '2019', createdAt: '1999-01-01T00:00:00.000Z' });
    const created = await tablet.sync([{ kind: 'measurements', record: measurement }]);
    expect(created.status).toBe(200);
    const now = server.clock.now().toISOString();
    expect(await recordOf('measurements', measurement.id)).toMatchObject({ createdAt: now, updatedAt: now });

    server.clock.advance(60_000);
    const changed = await tablet.sync([{ ...tablet.edit('measurements', measurement.id, { note: 'nachgezählt' }), record: { ...tablet.get('measurements', measurement.id), note: 'nachgezählt', createdAt: '1999-01-01T00:00:00.000Z' } }]);
    expect(changed.status).toBe(200);
    expect(await recordOf('measurements', measurement.id)).toMatchObject({ createdAt: now, note: 'nachgezählt', revision: 2 });
  });

  it('a sync whose envelope holds a kind the server does not know is refused with 400 naming the kind, and stores nothing', async () => {
    const measurement = makeMeasurement({ indicatorId: county.indicators[0]!.id, municipalityId: null, period: '2018' });
    const body = syncBody(tablet.since, [{ kind: 'measurements', record: measurement }]);
    const records = body.changes.records as Record<string, unknown[]>;
    records.sessions = [{ id: '00000000-0000-4000-8000-000000000001', token: 'x' }];
    const answer = await postSync(server.url, benToken, body);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(/sessions/);
    expect(answer.body).toMatchObject({ problems: [{ path: 'changes.records', message: 'A kind of record this server does not know: sessions' }] });
    expect(await recordOf('measurements', measurement.id)).toBeUndefined();
  });
});
