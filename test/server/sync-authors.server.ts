// Who made a change and who sent it (README "Sync", SPEC P15): a change file read by another
// account, or a change a person left on a tablet before someone else logged in, keeps its
// author as madeBy; the sending account stays updatedBy, and everything that decides anything
// (the role a change is judged by, who lost a conflict) is the sender's, whatever name the
// record claims.
import type { StartedCounty } from './sync-device';
import { Device, postSync, startedCounty, syncBody } from './sync-device';
import type { Rec } from './sync-device';
import { storeKind } from './harness';
import { call } from './http';

type Revision = { revision: number; updatedBy: string; record: Rec };

describe(`authors of synced changes (${storeKind})`, () => {
  let started: StartedCounty;
  let tablet: Device;
  beforeEach(async () => {
    started = await startedCounty();
    tablet = new Device(started.server.url, started.benToken);
    await tablet.sync();
  });
  afterEach(() => started.server.close());

  const stored = async (kind: string, id: string) => {
    const row = await started.server.store.db.selectFrom('records').select(['data', 'updated_by']).where('county', '=', 'boerde').where('kind', '=', kind).where('id', '=', id).executeTakeFirstOrThrow();
    return { record: JSON.parse(row.data) as Rec, updatedBy: row.updated_by };
  };
  const history = async (kind: string, id: string) =>
    (await call<{ revisions: Revision[] }>(`${started.server.url}/api/records/${kind}/${id}/history`, { token: started.annaToken })).body.revisions;

  it('P15: a caseworker\'s change in a change file the coordinator reads in keeps him as its author, and her as its sender', async () => {
    const need = started.county.needs[0]! as Rec;
    const file = syncBody(tablet.since, [tablet.edit('needs', need.id, { description: 'Mehr Plätze im Sprachkurs', updatedBy: 'ben' })]);

    const answer = await postSync(started.server.url, started.annaToken, file);

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await stored('needs', need.id)).toMatchObject({ updatedBy: 'anna', record: { description: 'Mehr Plätze im Sprachkurs', updatedBy: 'anna', madeBy: 'ben' } });
    expect((await history('needs', need.id)).at(-1)).toMatchObject({ updatedBy: 'anna', record: { madeBy: 'ben' } });
  });

  it('P15: a change the sender made carries no madeBy, and the next revision drops the one before', async () => {
    const need = started.county.needs[0]! as Rec;
    await postSync(started.server.url, started.annaToken, syncBody(tablet.since, [tablet.edit('needs', need.id, { description: 'Aus der Datei', updatedBy: 'ben' })]));
    await started.office.sync();

    const own = await started.office.sync([started.office.edit('needs', need.id, { description: 'Von Anna selbst', updatedBy: 'anna' })]);

    expect(own.status).toBe(200);
    const { record } = await stored('needs', need.id);
    expect(record).toMatchObject({ description: 'Von Anna selbst', updatedBy: 'anna' });
    expect(record).not.toHaveProperty('madeBy');
  });

  it('P15: claiming to be the coordinator gives a caseworker no more rights: the change is judged by his role and refused', async () => {
    const measure = started.county.measures[0]! as Rec;
    const answer = await postSync(started.server.url, started.benToken, syncBody(tablet.since, [tablet.edit('measures', measure.id, { title: 'Umbenannt', updatedBy: 'anna', madeBy: 'anna' })]));
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('forbidden');
    expect((await stored('measures', measure.id)).record).toMatchObject({ title: measure.title });
  });

  it('P15: a conflict is his to lose, not the name he claims, so the coordinator\'s restore is judged with his role', async () => {
    const need = started.county.needs[0]! as Rec;
    await started.office.sync([started.office.edit('needs', need.id, { description: 'Anna war schneller' })]);

    const answer = await postSync(started.server.url, started.benToken, syncBody(tablet.since, [tablet.edit('needs', need.id, { description: 'Ben war später', updatedBy: 'anna' })]));

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const conflicts = answer.body.conflicts;
    expect(conflicts).toEqual([expect.objectContaining({ path: ['description'], lost: 'Ben war später', lostBy: 'ben', keptBy: 'anna' })]);
    // His own record stays his: updatedBy is the account, the claimed name only madeBy.
    expect(await stored('needs', need.id)).toMatchObject({ updatedBy: 'anna', record: { description: 'Anna war schneller' } });
  });

  it('P15: the records routes take no madeBy from the body', async () => {
    const need = started.county.needs[0]! as Rec;
    const current = tablet.get('needs', need.id);
    const put = await call(`${started.server.url}/api/records/needs/${need.id}?baseRevision=${String(current.revision)}`, {
      method: 'PUT', token: started.benToken, body: { ...current, description: 'Per PUT', madeBy: 'anna' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const { record, updatedBy } = await stored('needs', need.id);
    expect(updatedBy).toBe('ben');
    expect(record).toMatchObject({ description: 'Per PUT', updatedBy: 'ben' });
    expect(record).not.toHaveProperty('madeBy');
  });

  it('P15: a claimed author with a right-to-left override or an invisible character is not kept; the sender is', async () => {
    const need = started.county.needs[0]! as Rec;
    const file = syncBody(tablet.since, [tablet.edit('needs', need.id, { description: 'Verdeckter Name', updatedBy: 'ben\u202Enna' })]);

    const answer = await postSync(started.server.url, started.annaToken, file);

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const { record, updatedBy } = await stored('needs', need.id);
    expect(updatedBy).toBe('anna');
    expect(record).toMatchObject({ description: 'Verdeckter Name' });
    expect(record).not.toHaveProperty('madeBy');
  });
});
