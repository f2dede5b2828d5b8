// Syncs under pressure over real HTTP (src/core/merge/SPEC.md P3, P4, P6): many devices syncing at
// once through two server instances on one database, and a server killed (SIGKILL) in the middle
// of syncs, after which every retry applies its changes once or replays its answer.
import { randomUUID } from 'node:crypto';
import { addAccount } from '../../src/server/accounts/accounts';
import type { StoreOptions } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import { makeGoal } from '../factories';
import { spawnServer } from './child-server';
import { countyRecords, writeOrder } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, freshStoreOptions, seed, startServer, storeKind, testHashing, tokenFor } from './harness';
import { call } from './http';
import type { Sent } from './sync-device';
import { byKey, Device, postSync, syncBody } from './sync-device';
import { TestClock } from './test-clock';

describe(`syncs under pressure (${storeKind})`, { timeout: 120_000 }, () => {
  let a: TestServer;
  let b: TestServer;
  afterEach(async () => {
    await a?.close();
    await b?.close();
  });

  it('P6, P2: six devices syncing at once through two instances never miss a change numbered at or below what they received, and converge', async () => {
    const store = await freshStoreOptions();
    const clock = new TestClock();
    a = await startServer({ store, clock });
    b = await startServer({ store, clock });
    await seed(a, [anna, ben]);
    const [annaToken, benToken] = [await tokenFor(a, anna), await tokenFor(b, ben)];
    const county = countyRecords();
    const first = new Device(a.url, annaToken);
    expect((await first.sync(writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record }))))).status).toBe(200);

    const devices = Array.from({ length: 6 }, (_, n) => new Device((n % 2 === 0 ? a : b).url, n % 3 === 0 ? benToken : annaToken));
    for (const device of devices) await device.sync();
    const field = county.fieldsOfAction[0]!;
    const measureId = county.measures[0]!.id;
    const answers: { since: number; revision: number; keys: Set<string> }[] = [];

    await Promise.all(devices.map(async (device, n) => {
      for (let round = 0; round < 6; round += 1) {
        const changes: Sent[] = [device.edit('measures', measureId, { status: ['active', 'paused', 'done'][(n + round) % 3] })];
        if (n % 3 !== 0) changes.push({ kind: 'goals', record: makeGoal({ fieldId: field.id, title: `Ziel ${n}.${round}` }) });
        const since = device.since;
        const answer = await device.sync(changes);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        answers.push({ since, revision: answer.body.revision, keys: new Set(byKey(answer.body).keys()) });
      }
    }));

    // Every change numbered in (since, revision] of an answer is in that answer.
    const history = await a.store.db.selectFrom('record_history').select(['kind', 'id', 'county_revision']).where('county', '=', 'boerde').execute();
    for (const { since, revision, keys } of answers) {
      const due = history.filter((h) => h.county_revision > since && h.county_revision <= revision).map((h) => `${h.kind}/${h.id}`);
      expect(due.filter((key) => !keys.has(key))).toEqual([]);
    }
    // Revisions are handed out without gaps: one per stored change.
    const top = Math.max(...history.map((h) => h.county_revision));
    expect(history).toHaveLength(top);

    for (const device of devices) await device.sync();
    const reference = JSON.stringify([...devices[0]!.records].sort(([x], [y]) => (x < y ? -1 : 1)));
    for (const device of devices) expect(JSON.stringify([...device.records].sort(([x], [y]) => (x < y ? -1 : 1)))).toBe(reference);
  });
});

/** A store with Anna's county in it, prepared before any server runs on it. */
async function preparedStore(): Promise<StoreOptions> {
  const options = await freshStoreOptions();
  const store = await openStore(options);
  await store.transaction((trx) => addAccount(trx, anna, testHashing, new Date(), true));
  await store.close();
  return options;
}

describe(`a sync interrupted by SIGKILL (${storeKind})`, { timeout: 180_000 }, () => {
  it('P3, P4: after the restart every retry applies its changes once or replays its answer; nothing is half-written', async () => {
    const store = await preparedStore();
    let server = await spawnServer(store);
    const login = async () => (await call<{ token: string }>(`${server.url}/api/login`, { body: anna })).body.token;
    let token = await login();
    const county = countyRecords();
    const upload = await postSync(server.url, token, syncBody(0, writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record })))));
    expect(upload.status).toBe(200);
    const field = county.fieldsOfAction[0]!;

    // Six devices send syncs of 50 new goals each; the server is killed after 10 answers.
    const requests: { body: ReturnType<typeof syncBody>; answered: boolean }[] = [];
    let killed = false;
    const device = async () => {
      while (!killed) {
        const goals: Sent[] = Array.from({ length: 50 }, (_, i) => ({ kind: 'goals', record: makeGoal({ fieldId: field.id, title: `Ziel ${requests.length}.${i}` }) }));
        const request = { body: syncBody(upload.body.revision, goals, { syncId: randomUUID() }), answered: false };
        requests.push(request);
        try {
          const answer = await postSync(server.url, token, request.body);
          request.answered = answer.status === 200;
        } catch {
          return;
        }
        if (requests.filter((r) => r.answered).length >= 10 && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, device));
    await server.exited;

    server = await spawnServer(store);
    token = await login();
    const unanswered = requests.filter((r) => !r.answered);
    expect(unanswered.length).toBeGreaterThan(0);
    for (const request of requests) {
      const retry = await postSync(server.url, token, request.body);
      expect(retry.status, JSON.stringify(retry.body).slice(0, 300)).toBe(200);
      const goals = byKey(retry.body);
      for (const goal of request.body.changes.records.goals ?? []) expect(goals.get(`goals/${String(goal.id)}`)).toMatchObject({ revision: 1, title: goal.title });
    }
    // Every goal was written once; the county's revisions have no gaps.
    const all = await call<{ records: { id: string }[]; countyRevision: number }>(`${server.url}/api/records/goals`, { token });
    const sentGoals = requests.flatMap((r) => (r.body.changes.records.goals ?? []).map((g) => String(g.id)));
    const present = new Set(all.body.records.map((g) => g.id));
    expect(sentGoals.every((id) => present.has(id))).toBe(true);
    const history = await call<{ revisions: unknown[] }>(`${server.url}/api/records/goals/${sentGoals[0]}/history`, { token });
    expect(history.body.revisions).toHaveLength(1);
    expect(all.body.countyRevision).toBe(upload.body.revision + sentGoals.length);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
