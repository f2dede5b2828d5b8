// A state-wide deployment: two instances of the server on one database behind a load balancer.
// Requests alternate between them; sessions, login limits and revisions are shared, because
// nothing another instance needs is kept in memory.
import { makeGoal } from '../factories';
import type { TestServer } from './harness';
import { anna, ben, freshStoreOptions, seed, startServer, storeKind } from './harness';
import { call } from './http';
import { countyRecords, storeCounty } from './county-records';
import { TestClock } from './test-clock';

describe(`two instances on one ${storeKind} database`, () => {
  let a: TestServer;
  let b: TestServer;
  beforeEach(async () => {
    const store = await freshStoreOptions();
    const clock = new TestClock();
    a = await startServer({ store, clock, config: { trustProxy: true } });
    b = await startServer({ store, clock, config: { trustProxy: true } });
    await seed(a, [anna, ben]);
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('a token from one works on the other, a write on one is read on the other, and a logout on one ends the session on both', async () => {
    const token = (await call<{ token: string }>(`${a.url}/api/login`, { body: anna })).body.token;
    expect((await call(`${b.url}/api/session`, { token })).status).toBe(200);
    const county = countyRecords();
    await storeCounty(b.url, token, county);
    const goal = county.goals[0]!;
    const changed = await call(`${a.url}/api/records/goals/${goal.id}`, { method: 'PUT', token, body: { ...goal, title: 'Auf A geändert' } });
    expect(changed.status).toBe(200);
    expect((await call<{ record: { title: string } }>(`${b.url}/api/records/goals/${goal.id}`, { token })).body.record.title).toBe('Auf A geändert');
    expect((await call(`${b.url}/api/logout`, { method: 'POST', token })).status).toBe(204);
    expect((await call(`${a.url}/api/session`, { token })).status).toBe(401);
  });

  it('failed logins count across both instances', async () => {
    const limit = a.config.loginLimit.perAccount;
    for (let n = 0; n < limit; n += 1) {
      const target = n % 2 === 0 ? a : b;
      await call(`${target.url}/api/login`, { body: { ...ben, password: `falsch ${n}` }, headers: { 'x-forwarded-for': '203.0.113.5' } });
    }
    expect((await call(`${a.url}/api/login`, { body: ben, headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(429);
    expect((await call(`${b.url}/api/login`, { body: ben, headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(429);
  });

  it('concurrent writes through both get distinct county revisions with no gaps, each revision in the history', async () => {
    const token = (await call<{ token: string }>(`${a.url}/api/login`, { body: anna })).body.token;
    const county = countyRecords();
    await storeCounty(a.url, token, county);
    const start = (await call<{ countyRevision: number }>(`${a.url}/api/records/goals`, { token })).body.countyRevision;
    const field = county.fieldsOfAction[0]!;
    const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => {
      const goal = makeGoal({ fieldId: field.id, title: `Ziel ${n}` });
      return call<{ countyRevision: number }>(`${(n % 2 === 0 ? a : b).url}/api/records/goals/${goal.id}`, { method: 'PUT', token, body: goal });
    }));
    const revisions = answers.map((answer) => answer.body.countyRevision).sort((x, y) => x - y);
    expect(revisions).toEqual(Array.from({ length: 30 }, (_, n) => start + n + 1));
    const since = await call<{ records: unknown[] }>(`${b.url}/api/records/goals?since=${start}`, { token });
    expect(since.body.records).toHaveLength(30);
  });
});
