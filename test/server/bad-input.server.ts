// Requests that are wrong in every way a client (or an attacker) can make them wrong: each gets
// a 4xx with a JSON reason, no stack trace, and nothing of it is stored.
import type { TestServer } from './harness';
import { anna, carla, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import type { County } from './county-records';
import { countyRecords, newRecordOf, storeCounty } from './county-records';

describe(`bad input (${storeKind})`, () => {
  let server: TestServer;
  let county: County;
  let token: string;

  beforeAll(async () => {
    server = await startServer({ config: { bodyLimit: 64 * 1024 } });
    await seed(server, [anna, carla]);
    token = await tokenFor(server, anna);
    county = countyRecords();
    await storeCounty(server.url, token, county);
  });
  afterAll(() => server.close());

  const revision = async () => (await server.store.db.selectFrom('counties').select('revision').where('key', '=', 'boerde').executeTakeFirstOrThrow()).revision;
  const measureUrl = () => `${server.url}/api/records/measures/${county.measures[0]!.id}`;

  async function refused(request: Promise<{ status: number; body: unknown }>, status: number, error: string) {
    const before = await revision();
    const answer = await request;
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body).toMatchObject({ error, message: expect.any(String) as string });
    expect(JSON.stringify(answer.body)).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    expect(await revision()).toBe(before);
    return answer.body as Record<string, unknown>;
  }

  it('malformed JSON', () => refused(call(measureUrl(), { method: 'PUT', token, raw: '{"title": "Sprachkurs",' }), 400, 'malformed_json'));

  it('a record that breaks its schema names the field', async () => {
    const body = await refused(call(measureUrl(), { method: 'PUT', token, body: { ...county.measures[0]!, title: '', budgetPerYear: -5 } }), 400, 'invalid_request');
    expect(body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'title' }), expect.objectContaining({ path: 'budgetPerYear' })]));
  });

  it('a schema violation inside a batch of writes, with the message the app shows', async () => {
    const need = { ...newRecordOf('needs', county), description: '' };
    const body = await refused(call(`${server.url}/api/writes`, { token, body: { changes: [
      { op: 'put', kind: 'goals', id: county.goals[0]!.id, record: { ...county.goals[0]!, title: 'Erst gültig' } },
      { op: 'put', kind: 'needs', id: need.id, record: need },
    ] } }), 400, 'invalid_record');
    expect(body.problems).toEqual([expect.objectContaining({ path: 'description', code: 'required', message: expect.stringContaining('Description') as string })]);
  });

  it('a reference to a record that does not exist', async () => {
    const measure = { ...county.measures[0]!, goalIds: ['0b5d7c33-1111-4222-8333-444444444444'] };
    const body = await refused(call(measureUrl(), { method: 'PUT', token, body: measure }), 400, 'missing_reference');
    expect(body.problems).toEqual([expect.objectContaining({ path: 'goalIds', code: 'missing_reference' })]);
  });

  it('an unknown entity kind, in the path and in a batch', async () => {
    await refused(call(`${server.url}/api/records/widgets/${county.measures[0]!.id}`, { method: 'PUT', token, body: {} }), 404, 'unknown_kind');
    await refused(call(`${server.url}/api/records/widgets`, { token }), 404, 'unknown_kind');
    await refused(call(`${server.url}/api/writes`, { token, body: { changes: [{ op: 'put', kind: 'widgets', id: county.measures[0]!.id, record: {} }] } }), 400, 'invalid_request');
  });

  it('a body over the documented limit', () =>
    refused(call(measureUrl(), { method: 'PUT', token, body: { ...county.measures[0]!, description: 'x'.repeat(70 * 1024) } }), 413, 'body_too_large'));

  it('a body that is not JSON', () =>
    refused(call(measureUrl(), { method: 'PUT', token, raw: 'title=Sprachkurs', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type'));

  it('a change based on a revision that is no longer the stored one', async () => {
    const body = await refused(call(`${measureUrl()}?baseRevision=7`, { method: 'PUT', token, body: county.measures[0]! }), 409, 'conflict');
    expect(body).toMatchObject({ revision: 1 });
  });

  it('missing, made-up, expired and revoked tokens', async () => {
    const write = (t?: string) => call(measureUrl(), { method: 'PUT', ...(t ? { token: t } : {}), body: county.measures[0]! });
    await refused(write(), 401, 'missing_token');
    await refused(write('not-a-real-token'), 401, 'invalid_token');
    const revoked = await tokenFor(server, anna);
    await call(`${server.url}/api/logout`, { method: 'POST', token: revoked });
    await refused(write(revoked), 401, 'invalid_token');
    const expiring = await tokenFor(server, anna);
    server.clock.advance(server.config.sessionIdleMs + 1);
    await refused(write(expiring), 401, 'invalid_token');
    token = await tokenFor(server, anna);
  });

  it('a token of another county reads and changes nothing of this one, whatever ids it names', async () => {
    const harz = await tokenFor(server, carla);
    const measure = county.measures[0]!;
    await refused(call(`${server.url}/api/records/measures/${measure.id}`, { token: harz }), 404, 'not_found');
    await refused(call(`${server.url}/api/records/measures/${measure.id}/history`, { token: harz }), 404, 'not_found');
    expect((await call<{ records: unknown[] }>(`${server.url}/api/records/measures`, { token: harz })).body.records).toEqual([]);
    await refused(call(`${server.url}/api/records/measures/${measure.id}`, { method: 'DELETE', token: harz }), 404, 'not_found');
    // Its own copy would need the goals it names, which its county does not have.
    await refused(call(`${server.url}/api/records/measures/${measure.id}`, { method: 'PUT', token: harz, body: { ...measure, title: 'Übernommen' } }), 400, 'missing_reference');
    const ours = await call<{ record: { title: string; revision: number } }>(`${server.url}/api/records/measures/${measure.id}`, { token });
    expect(ours.body.record).toMatchObject({ title: measure.title, revision: 1 });
  });

  it('a county that does not exist cannot be logged in to', async () => {
    const answer = await call(`${server.url}/api/login`, { body: { county: 'atlantis', name: 'anna', password: anna.password } });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: 'invalid_credentials' });
  });

  it('keeps every revision with who made it', async () => {
    const goal = county.goals[0]!;
    await call(`${server.url}/api/records/goals/${goal.id}`, { method: 'PUT', token, body: { ...goal, title: 'Zweite Fassung' } });
    const history = await call<{ revisions: { revision: number; updatedBy: string; record: { title: string } }[] }>(`${server.url}/api/records/goals/${goal.id}/history`, { token });
    expect(history.body.revisions.map((r) => [r.revision, r.updatedBy, r.record.title])).toEqual([[1, 'anna', goal.title], [2, 'anna', 'Zweite Fassung']]);
  });
});
