// The role matrix (src/server/records/permissions.ts), every cell over HTTP: each role creates,
// changes and deletes a record of each kind; what the matrix forbids gets 403 with the reason
// and leaves the record as it was.
import type { EntityKind } from '../../src/core/schema';
import type { Operation } from '../../src/server/records/permissions';
import { grant, operations } from '../../src/server/records/permissions';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import type { County } from './county-records';
import { countyRecords, editedRecordOf, edits, entityKinds, newRecordOf, storeCounty } from './county-records';

type RoleName = 'coordinator' | 'caseworker';

describe(`the role matrix (${storeKind})`, () => {
  let server: TestServer;
  let county: County;
  const tokens = {} as Record<RoleName, string>;

  beforeAll(async () => {
    server = await startServer();
    await seed(server, [anna, ben]);
    tokens.coordinator = await tokenFor(server, anna);
    tokens.caseworker = await tokenFor(server, ben);
    county = countyRecords();
    await storeCounty(server.url, tokens.coordinator, county);
  });
  afterAll(() => server.close());

  const recordUrl = (kind: EntityKind, id: string) => `${server.url}/api/records/${kind}/${id}`;
  const stored = async (kind: EntityKind, id: string) => (await call<{ record?: { revision: number } }>(recordUrl(kind, id), { token: tokens.coordinator })).body.record;

  async function attempt(kind: EntityKind, operation: Operation, role: RoleName): Promise<{ status: number; body: Record<string, unknown>; id: string; before?: { revision: number } }> {
    if (operation === 'create') {
      const record = newRecordOf(kind, county);
      const answer = await call(recordUrl(kind, record.id), { method: 'PUT', token: tokens[role], body: record });
      return { ...answer, id: record.id };
    }
    // Each change and deletion works on a record of its own, so the cells do not depend on each other.
    const own = newRecordOf(kind, county);
    const created = await call(recordUrl(kind, own.id), { method: 'PUT', token: tokens.coordinator, body: own });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const before = await stored(kind, own.id);
    const answer = operation === 'update'
      ? await call(recordUrl(kind, own.id), { method: 'PUT', token: tokens[role], body: editedRecordOf(kind, own) })
      : await call(recordUrl(kind, own.id), { method: 'DELETE', token: tokens[role] });
    return { ...answer, id: own.id, before };
  }

  const cells = entityKinds.flatMap((kind) => operations.flatMap((operation) => (['coordinator', 'caseworker'] as const).map((role) => [kind, operation, role] as const)));

  it.each(cells)('%s × %s × %s', async (kind, operation, role) => {
    const allowed = grant(kind, operation, role);
    // A grant limited to some fields covers the edit only when every field it changes is listed.
    const covered = allowed === true || (allowed !== undefined && Object.keys(edits[kind]).every((field) => allowed.includes(field)));
    const expected = covered ? 200 : 403;
    const result = await attempt(kind, operation, role);
    expect(result.status, JSON.stringify(result.body)).toBe(expected);
    const after = await stored(kind, result.id);
    if (expected === 403) {
      expect(result.body).toMatchObject({ error: 'forbidden', kind });
      expect(String(result.body.message)).toMatch(/may not/);
      if (operation === 'create') expect(after).toBeUndefined();
      else expect(after?.revision).toBe(result.before?.revision);
    } else if (operation === 'delete') {
      expect(after).toBeUndefined();
    } else {
      expect(after?.revision).toBe(operation === 'create' ? 1 : 2);
    }
  });

  it("a caseworker changes a measure's status and adds a progress note, but not its title", async () => {
    const measure = county.measures[0]!;
    const status = await call<{ record: typeof measure }>(recordUrl('measures', measure.id), { method: 'PUT', token: tokens.caseworker, body: { ...measure, status: 'paused' } });
    expect(status.status).toBe(200);
    expect(status.body.record).toMatchObject({ status: 'paused', updatedBy: 'ben' });

    const note = { id: '7a0c1f3e-5b2d-4c8e-9f10-000000000abc', date: '2024-05-02', text: 'Kurs startet im Juni.', author: 'Ben' };
    const withNote = { ...status.body.record, progressNotes: [...status.body.record.progressNotes, note] };
    expect((await call(recordUrl('measures', measure.id), { method: 'PUT', token: tokens.caseworker, body: withNote })).status).toBe(200);

    const retitled = await call(recordUrl('measures', measure.id), { method: 'PUT', token: tokens.caseworker, body: { ...withNote, title: 'Umbenannt', status: 'done' } });
    expect(retitled.status).toBe(403);
    expect(retitled.body).toMatchObject({ error: 'forbidden', fields: ['title'] });
    const after = (await call<{ record: typeof measure }>(recordUrl('measures', measure.id), { token: tokens.caseworker })).body.record;
    expect(after.title).toBe(measure.title);
    expect(after.status).toBe('paused');
    expect(after.progressNotes).toHaveLength(measure.progressNotes.length + 1);
  });

  it('a caseworker\'s hand-made change to the directory gets 403 whatever the body holds, and changes nothing', async () => {
    const offer = county.offers[0]!;
    for (const body of [{ ...offer, name: 'Gekapert' }, { name: 'nur ein Name' }, {}]) {
      const answer = await call(recordUrl('offers', offer.id), { method: 'PUT', token: tokens.caseworker, body });
      expect(answer.status, JSON.stringify(answer.body)).toBe(403);
      expect(answer.body).toMatchObject({ error: 'forbidden' });
    }
    const need = newRecordOf('needs', county);
    const batch = await call(`${server.url}/api/writes`, {
      token: tokens.caseworker,
      body: { changes: [
        { op: 'put', kind: 'needs', id: need.id, record: need },
        { op: 'put', kind: 'providers', id: county.providers[0]!.id, record: { ...county.providers[0]!, name: 'Gekapert' } },
      ] },
    });
    expect(batch.status).toBe(403);
    expect(await stored('needs', need.id)).toBeUndefined();
    expect((await stored('offers', offer.id))?.revision).toBe(1);
    expect((await stored('providers', county.providers[0]!.id))?.revision).toBe(1);
  });
});
