// The role matrix over HTTP, every cell of README's role table (written out in test/role-table.ts,
// not computed from the grants): each role creates, changes and deletes a record of each kind;
// what the table forbids gets 403 with the reason and leaves the record as it was. Then the
// updates a caseworker may make of some fields only, field by field.
import type { EntityKind } from '../../src/core/schema';
import { expectedStatus, fieldTable, roleCells } from '../role-table';
import type { TableOperation, TableRole } from '../role-table';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import type { County } from './county-records';
import { countyRecords, editedRecordOf, newRecordOf, storeCounty } from './county-records';

describe(`the role matrix (${storeKind})`, () => {
  let server: TestServer;
  let county: County;
  const tokens = {} as Record<TableRole, string>;

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
  const stored = async (kind: EntityKind, id: string) => (await call<{ record?: { revision: number } & Record<string, unknown> }>(recordUrl(kind, id), { token: tokens.coordinator })).body.record;

  /** A record of the kind the coordinator stored for this attempt alone, so the cells do not depend on each other. */
  async function ownRecord(kind: EntityKind) {
    const own = newRecordOf(kind, county);
    const created = await call(recordUrl(kind, own.id), { method: 'PUT', token: tokens.coordinator, body: own });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return { own, before: (await stored(kind, own.id))! };
  }

  async function attempt(kind: EntityKind, operation: TableOperation, role: TableRole) {
    if (operation === 'create') {
      const record = newRecordOf(kind, county);
      const answer = await call(recordUrl(kind, record.id), { method: 'PUT', token: tokens[role], body: record });
      return { ...answer, id: record.id, before: undefined };
    }
    const { own, before } = await ownRecord(kind);
    const answer = operation === 'update'
      ? await call(recordUrl(kind, own.id), { method: 'PUT', token: tokens[role], body: editedRecordOf(kind, own) })
      : await call(recordUrl(kind, own.id), { method: 'DELETE', token: tokens[role] });
    return { ...answer, id: own.id, before };
  }

  it.each(roleCells)('%s × %s × %s', async (kind, operation, role) => {
    const expected = expectedStatus(kind, operation, role);
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

  it.each(fieldTable.map((row) => [row.kind, Object.keys(row.change)[0]!, row.caseworker, row.change] as const))(
    "a caseworker's update of %s.%s gets %i",
    async (kind, field, expected, change) => {
      const { own, before } = await ownRecord(kind);
      const answer = await call(recordUrl(kind, own.id), { method: 'PUT', token: tokens.caseworker, body: { ...own, ...change } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
      const after = (await stored(kind, own.id))!;
      if (expected === 403) {
        expect(answer.body).toMatchObject({ error: 'forbidden', kind, fields: [field] });
        expect(after.revision).toBe(before.revision);
      } else {
        expect(after.revision).toBe(before.revision + 1);
        expect(after[field]).toEqual(change[field]);
      }
    },
  );

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
