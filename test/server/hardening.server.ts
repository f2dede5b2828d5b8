// Two attacks on every /api route at once (issue 17, items 5 and 10): an answer that a cache
// could keep (login and enrolment answers carry tokens and secrets), and a body nested so deep
// that the server failed on it with 500.
import { randomUUID } from 'node:crypto';
import { MAX_JSON_DEPTH } from '../../src/server/http/json-body';
import type { County } from './county-records';
import { countyRecords, storeCounty } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import { syncBody } from './sync-device';

describe(`17.5 Cache-Control: no-store on every /api response (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ config: { bodyLimit: 64 * 1024 } });
    await seed(server, [anna, ben]);
  });
  afterAll(() => server.close());

  it('answers and refusals alike: login, enrolment, session, errors of every kind', async () => {
    const token = await tokenFor(server, anna);
    const answers = {
      login: await call(`${server.url}/api/login`, { body: ben }),
      wrongLogin: await call(`${server.url}/api/login`, { body: { ...ben, password: 'nicht sein Passwort' } }),
      enrolment: await call(`${server.url}/api/account/totp`, { token, body: { current: anna.password } }),
      session: await call(`${server.url}/api/session`, { token }),
      missingToken: await call(`${server.url}/api/session`),
      health: await call(`${server.url}/api/health`),
      openapi: await call(`${server.url}/api/openapi.json`),
      unknownRoute: await call(`${server.url}/api/nothing-here`),
      malformed: await call(`${server.url}/api/login`, { raw: '{"county":' }),
      tooLarge: await call(`${server.url}/api/login`, { body: { ...ben, password: 'x'.repeat(70 * 1024) } }),
      forbidden: await call(`${server.url}/api/accounts`, { token: await tokenFor(server, ben) }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([name, a]) => [name, a.status]))).toEqual({
      login: 200, wrongLogin: 401, enrolment: 200, session: 200, missingToken: 401, health: 200, openapi: 200, unknownRoute: 404, malformed: 400, tooLarge: 413, forbidden: 403,
    });
    for (const [name, answer] of Object.entries(answers)) expect([name, answer.headers.get('cache-control')]).toEqual([name, 'no-store']);
  });
});

/** A value nested `depth` levels deep: arrays inside an object. */
const nested = (depth: number) => `${'['.repeat(depth - 1)}"tief"${']'.repeat(depth - 1)}`;

describe(`17.10 JSON bodies nested too deep are refused with 400 (${storeKind})`, () => {
  let server: TestServer;
  let county: County;
  let token: string;
  beforeAll(async () => {
    server = await startServer();
    await seed(server, [anna]);
    token = await tokenFor(server, anna);
    county = countyRecords();
    await storeCounty(server.url, token, county);
  });
  afterAll(() => server.close());

  const revision = async () => (await server.store.db.selectFrom('counties').select('revision').where('key', '=', 'boerde').executeTakeFirstOrThrow()).revision;

  it('a conflict value nested 5,000 deep in POST /api/sync gets 400 too_deep, and nothing is stored', async () => {
    const before = await revision();
    const measure = county.measures[0]!;
    const body = JSON.stringify({
      ...syncBody(before, [{ kind: 'measures', record: { ...measure, title: 'Tief verschachtelt' }, base: 1 }]),
      conflicts: [{ kind: 'measures', recordId: measure.id, path: ['title'], reason: 'both_changed', kept: 'x', lost: '__LOST__' }],
    }).replace('"__LOST__"', nested(5000));
    const answer = await call(`${server.url}/api/sync`, { token, raw: body });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body).toMatchObject({ error: 'too_deep', limit: MAX_JSON_DEPTH, message: expect.stringContaining(String(MAX_JSON_DEPTH)) as string });
    expect(await revision()).toBe(before);
    expect(await server.store.db.selectFrom('sync_conflicts').select('id').execute()).toEqual([]);
  });

  it('every route applies the limit: a record, a batch of writes, a login', async () => {
    const measure = county.measures[0]!;
    const deepRecord = JSON.stringify({ ...measure, description: '__DEEP__' }).replace('"__DEEP__"', nested(MAX_JSON_DEPTH + 1));
    const put = await call(`${server.url}/api/records/measures/${measure.id}`, { method: 'PUT', token, raw: deepRecord });
    expect(put.body).toMatchObject({ error: 'too_deep' });
    const writes = await call(`${server.url}/api/writes`, { token, raw: JSON.stringify({ changes: [{ op: 'put', kind: 'measures', id: measure.id, record: '__DEEP__' }] }).replace('"__DEEP__"', nested(200)) });
    expect(writes.body).toMatchObject({ error: 'too_deep' });
    const login = await call(`${server.url}/api/login`, { raw: `{"county":"boerde","name":"anna","password":${nested(10_000)}}` });
    expect([login.status, login.body]).toMatchObject([400, { error: 'too_deep' }]);
  });

  it('brackets inside strings do not count, and a body at the limit is read as before', async () => {
    const measure = county.measures[0]!;
    const bracketed = await call<{ record: { description: string } }>(`${server.url}/api/records/measures/${measure.id}`, { method: 'PUT', token, body: { ...measure, description: '['.repeat(500) + ' {"\\" ' } });
    expect(bracketed.status, JSON.stringify(bracketed.body)).toBe(200);
    // At exactly the limit the body is parsed and judged by its schema, not refused for depth.
    const atLimit = await call(`${server.url}/api/login`, { raw: `{"county":"boerde","name":"anna","password":${nested(MAX_JSON_DEPTH - 1)}}` });
    expect(atLimit.body).toMatchObject({ error: 'invalid_request' });
    const sync = await call(`${server.url}/api/sync`, { token, body: { ...syncBody(await revision(), []), syncId: randomUUID() } });
    expect(sync.status).toBe(200);
  });
});
