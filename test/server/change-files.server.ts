// Change files over real HTTP (src/core/merge/SPEC.md F1–F6, P14, M9): a tablet that never
// reached the network saves its changes as a sync request, and a connected device sends it as
// written, weeks later, perhaps twice. The county here started from its coordinator's upload;
// the tablet holds the same records (the example's ids are the same everywhere).
import { randomUUID } from 'node:crypto';
import type { SyncConflict, SyncRequest } from '../../src/core/merge/protocol';
import type { County } from './county-records';
import { countyRecords, writeOrder } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import type { Rec, Sent } from './sync-device';
import { changeSet, Device, postSync } from './sync-device';

/** A change file as a never-connected tablet writes it: each change with the version it started from. */
function fileFromStarts(edits: { kind: Sent['kind']; start: Rec; record: Rec }[]): SyncRequest {
  return {
    syncId: randomUUID(),
    since: 0,
    base: {},
    starts: Object.fromEntries(edits.map(({ kind, start }) => [`${kind}/${start.id}`, start])),
    changes: changeSet(edits.map(({ kind, record }) => ({ kind, record }))),
  };
}

/** A change file of a tablet that synced once: each change with the revision it was based on. */
function fileFromBases(edits: Sent[]): SyncRequest {
  return {
    syncId: randomUUID(),
    since: 0,
    base: Object.fromEntries(edits.map(({ kind, record, base }) => [`${kind}/${record.id}`, base!])),
    changes: changeSet(edits.map(({ kind, record }) => ({ kind, record }))),
  };
}

describe(`change files (${storeKind})`, () => {
  let server: TestServer;
  let annaToken: string;
  let county: County;
  let coordinator: Device;

  beforeEach(async () => {
    server = await startServer();
    await seed(server, [anna, ben]);
    annaToken = await tokenFor(server, anna);
    county = countyRecords();
    coordinator = new Device(server.url, annaToken);
    const first = await coordinator.sync(writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record }))));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
  });
  afterEach(() => server.close());

  const countyRevision = async () => (await server.store.db.selectFrom('counties').select('revision').where('key', '=', 'boerde').executeTakeFirstOrThrow()).revision;
  const stored = async (kind: string, id: string) => {
    const row = await server.store.db.selectFrom('records').select('data').where('county', '=', 'boerde').where('kind', '=', kind).where('id', '=', id).executeTakeFirstOrThrow();
    return JSON.parse(row.data) as Rec;
  };
  const openConflicts = async () => (await call<{ conflicts: SyncConflict[] }>(`${server.url}/api/conflicts?status=open`, { token: annaToken })).body.conflicts;

  it('F2, P4: the change file imported twice applies once: the second import, after the county moved on, changes nothing and answers as the first did', async () => {
    const measure = county.measures[0]! as Rec;
    const file = fileFromStarts([{ kind: 'measures', start: measure, record: { ...measure, status: 'paused', revision: 2 } }]);

    const first = await postSync(server.url, annaToken, file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(await stored('measures', measure.id)).toMatchObject({ status: 'paused', title: measure.title, revision: 2 });

    // The county moves on before someone reads the file again.
    await coordinator.sync();
    await coordinator.sync([coordinator.edit('measures', measure.id, { status: 'done', title: 'Sprachcafé am Markt' })]);
    const after = await countyRevision();

    const again = await postSync(server.url, annaToken, file);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await countyRevision()).toBe(after);
    expect(await stored('measures', measure.id)).toMatchObject({ status: 'done', title: 'Sprachcafé am Markt', revision: 3 });

    // Read by someone else as well: refused as another's request, and nothing is applied.
    const byBen = await postSync(server.url, await tokenFor(server, ben), file);
    expect(byBen.status).toBe(409);
    expect(byBen.body.error).toBe('sync_id_taken');
    expect(await countyRevision()).toBe(after);
  });

  it('P14: a never-connected tablet\'s edit merges against the example version it started from: what the county changed since stays, and no field the tablet left alone makes a conflict', async () => {
    const measure = county.measures[0]! as Rec;
    await coordinator.sync([coordinator.edit('measures', measure.id, { title: 'Sprachcafé am Markt', description: 'Jeden Donnerstag' })]);

    const answer = await postSync(server.url, annaToken, fileFromStarts([{ kind: 'measures', start: measure, record: { ...measure, status: 'paused', updatedBy: 'tablet', revision: 2 } }]));

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.conflicts).toEqual([]);
    expect(await stored('measures', measure.id)).toMatchObject({ title: 'Sprachcafé am Markt', description: 'Jeden Donnerstag', status: 'paused', revision: 3 });
  });

  it('P14, M2: where the county and the tablet changed the same field, the county\'s value stays and the tablet\'s is a conflict the coordinator sees', async () => {
    const measure = county.measures[0]! as Rec;
    await coordinator.sync([coordinator.edit('measures', measure.id, { status: 'done' })]);
    const answer = await postSync(server.url, annaToken, fileFromStarts([{ kind: 'measures', start: measure, record: { ...measure, status: 'paused' } }]));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await stored('measures', measure.id)).toMatchObject({ status: 'done' });
    expect(await openConflicts()).toEqual([expect.objectContaining({ kind: 'measures', recordId: measure.id, path: ['status'], reason: 'both_changed', kept: 'done', lost: 'paused', lostBy: 'anna' })]);
  });

  it('M9: a stale base never revives a deletion: an edit from an old change file to an offer deleted since leaves it deleted, and restoring the conflict brings it back with the edit', async () => {
    const tablet = new Device(server.url, annaToken);
    await tablet.sync();
    const offer = county.offers[0]! as Rec;
    await coordinator.sync([coordinator.edit('offers', offer.id, { deleted: true })]);

    const answer = await postSync(server.url, annaToken, fileFromBases([tablet.edit('offers', offer.id, { eligibility: 'Auch aus dem Nachbarkreis' })]));

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await stored('offers', offer.id)).toMatchObject({ deleted: true, eligibility: 'Auch aus dem Nachbarkreis' });
    expect((await call(`${server.url}/api/records/offers/${offer.id}`, { token: annaToken })).status).toBe(404);
    const [conflict, ...others] = await openConflicts();
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'offers', recordId: offer.id, path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false, keptBy: 'anna' });

    const restored = await call<{ record: Rec }>(`${server.url}/api/conflicts/${conflict!.id}/resolve`, { token: annaToken, body: { action: 'restore' } });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.record).toMatchObject({ deleted: false, eligibility: 'Auch aus dem Nachbarkreis' });
  });

  it('M9, P14: nor does a never-connected tablet\'s edit from the example revive an offer deleted since', async () => {
    const offer = county.offers[0]! as Rec;
    await coordinator.sync([coordinator.edit('offers', offer.id, { deleted: true })]);

    const answer = await postSync(server.url, annaToken, fileFromStarts([{ kind: 'offers', start: offer, record: { ...offer, eligibility: 'Auch aus dem Nachbarkreis' } }]));

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await stored('offers', offer.id)).toMatchObject({ deleted: true, eligibility: 'Auch aus dem Nachbarkreis' });
    expect(await openConflicts()).toEqual([expect.objectContaining({ recordId: offer.id, path: ['deleted'], kept: true, lost: false })]);
  });

  it('P14: an edit to an example record the county never held does not bring it in: it waits as a tombstone with the edit, for the coordinator to restore', async () => {
    const leftOut = { ...(county.offers[0]! as Rec), id: randomUUID() };
    const answer = await postSync(server.url, annaToken, fileFromStarts([{ kind: 'offers', start: leftOut, record: { ...leftOut, eligibility: 'Neu' } }]));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await stored('offers', leftOut.id)).toMatchObject({ deleted: true, eligibility: 'Neu' });
    expect(await openConflicts()).toEqual([expect.objectContaining({ recordId: leftOut.id, path: ['deleted'], kept: true, lost: false })]);
  });

  describe('F6: two change files one tablet saved one after another, the later with a correction', () => {
    const measure = () => county.measures[0]! as Rec;
    const files = () => {
      const earlier = fileFromBases([{ kind: 'measures', record: { ...measure(), title: 'Sprachcafé Oschersleben' }, base: 1 }]);
      const corrected = { ...measure(), title: 'Sprachcafé Oschersleben (Bode)' };
      const later: SyncRequest = {
        ...fileFromBases([{ kind: 'measures', record: corrected, base: 1 }]),
        after: { [`measures/${measure().id}`]: [{ syncId: earlier.syncId, start: earlier.changes.records.measures![0]! }] },
      };
      return { earlier, later };
    };

    it('read in order: the correction counts from the earlier file, and no conflict appears', async () => {
      const { earlier, later } = files();
      expect((await postSync(server.url, annaToken, earlier)).status).toBe(200);
      const answer = await postSync(server.url, annaToken, later);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(await stored('measures', measure().id)).toMatchObject({ title: 'Sprachcafé Oschersleben (Bode)' });
      expect(await openConflicts()).toEqual([]);
    });

    it('read the other way round: the later file stands for both, and the earlier, read afterwards, applies nothing', async () => {
      const { earlier, later } = files();
      const first = await postSync(server.url, annaToken, later);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const revision = await countyRevision();

      const again = await postSync(server.url, annaToken, earlier);
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await countyRevision()).toBe(revision);
      expect(await stored('measures', measure().id)).toMatchObject({ title: 'Sprachcafé Oschersleben (Bode)' });
      expect(await openConflicts()).toEqual([]);
    });

    it('an earlier request named for a record the request does not change is refused, nothing stored', async () => {
      const { later } = files();
      const before = await countyRevision();
      const stray = await postSync(server.url, annaToken, { ...later, after: { [`goals/${county.goals[0]!.id}`]: later.after![`measures/${measure().id}`]! } });
      expect(stray.status).toBe(400);
      expect(stray.body.error).toBe('invalid_request');
      expect(await countyRevision()).toBe(before);
    });
  });

  it('P14: a start for a record the request does not change, or beside a base revision, is refused and nothing is stored', async () => {
    const measure = county.measures[0]! as Rec;
    const before = await countyRevision();
    const stray = { ...fileFromStarts([]), starts: { [`measures/${measure.id}`]: measure } };
    const strayAnswer = await postSync(server.url, annaToken, { ...stray, changes: changeSet([{ kind: 'goals', record: { ...(county.goals[0]! as Rec), title: 'x' } }]) });
    expect(strayAnswer.status).toBe(400);
    expect(strayAnswer.body.error).toBe('invalid_request');
    const both = fileFromBases([{ kind: 'measures', record: { ...measure, status: 'paused' }, base: 1 }]);
    const bothAnswer = await postSync(server.url, annaToken, { ...both, starts: { [`measures/${measure.id}`]: measure } });
    expect(bothAnswer.status).toBe(400);
    expect(bothAnswer.body.error).toBe('invalid_request');
    expect(await countyRevision()).toBe(before);
  });
});
