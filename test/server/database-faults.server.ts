// The database fails under a running server (issue 17, items 1 and 2): PostgreSQL ends the
// connection a request is using, PostgreSQL stops under load, the database stops answering,
// and another process holds SQLite's write lock. Each time the instance stays up, the request
// answers 503 storage_unavailable in the project's error shape (a device tries again later),
// health says so quickly, and once the database is back the next request works.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { addAccount } from '../../src/server/accounts/accounts';
import type { StoreOptions } from '../../src/server/storage/store';
import { openStore, SQLITE_FILE } from '../../src/server/storage/store';
import { makeGoal } from '../factories';
import { root, spawnServer } from './child-server';
import type { County } from './county-records';
import { countyRecords, storeCounty } from './county-records';
import { anna, freshStoreOptions, seed, startServer, storeKind, testHashing, tokenFor } from './harness';
import type { Answer } from './http';
import { call } from './http';
import { TcpProxy } from './tcp-proxy';

const unavailable = { error: 'storage_unavailable', message: expect.stringContaining('Try again later') as unknown };

/** A store with Anna's county in it, prepared before any server runs on it. */
async function preparedStore(): Promise<StoreOptions> {
  const options = await freshStoreOptions();
  const store = await openStore(options);
  await store.transaction((trx) => addAccount(trx, anna, testHashing, new Date(), true));
  await store.close();
  return options;
}

async function countyOf(url: string): Promise<{ token: string; county: County }> {
  const token = (await call<{ token: string }>(`${url}/api/login`, { body: anna })).body.token;
  const county = countyRecords();
  await storeCounty(url, token, county);
  return { token, county };
}

function putGoal(url: string, token: string, county: County, title = 'Sprachkurs für Eltern'): Promise<Answer> {
  const goal = makeGoal({ fieldId: county.fieldsOfAction[0]!.id, title });
  return call(`${url}/api/records/goals/${goal.id}`, { method: 'PUT', token, body: goal });
}

const isStorageUnavailable = (answer: Answer) => answer.status === 503 && answer.body.error === 'storage_unavailable' && typeof answer.body.message === 'string';

// Spawned servers start Node with tsx: seconds each on a busy machine.
describe.runIf(storeKind === 'postgres')('the PostgreSQL connection breaks under a running server', { timeout: 90_000 }, () => {
  it('1: PostgreSQL ends the connection a request is using (pg_terminate_backend): the instance stays up, the request answers 503 storage_unavailable, and the next request works', async () => {
    const store = await preparedStore();
    const server = await spawnServer(store);
    try {
      const { token, county } = await countyOf(server.url);
      const database = new URL(store.databaseUrl!).pathname.slice(1);
      const admin = new pg.Client({ connectionString: store.databaseUrl! });
      await admin.connect();
      try {
        // The county's row is locked, so the write waits inside its transaction on the server's connection …
        await admin.query('begin');
        await admin.query("select revision from counties where key = 'boerde' for update");
        const answer = putGoal(server.url, token, county);
        await vi.waitFor(async () => {
          const waiting = await admin.query("select pid from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", [database]);
          expect(waiting.rowCount).toBe(1);
        }, { timeout: 20_000, interval: 50 });
        // … when an administrator ends every connection of the server, the busy one and the idle ones.
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
        expect(await answer).toMatchObject({ status: 503, body: unavailable });
        await admin.query('rollback');
      } finally {
        await admin.end();
      }
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).not.toContain("Unhandled 'error' event");
      expect((await putGoal(server.url, token, county, 'Nach dem Abbruch')).status).toBe(200);
      expect((await call(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('1: PostgreSQL stops under load: every request answers 200 or 503 storage_unavailable, the instance stays up, and once PostgreSQL is back requests work again', async () => {
    const store = await preparedStore();
    const proxy = await TcpProxy.to(store.databaseUrl!);
    const server = await spawnServer({ ...store, databaseUrl: proxy.urlFor(store.databaseUrl!) }, { LOG_LEVEL: 'warn' });
    try {
      const { token, county } = await countyOf(server.url);
      type Phase = 'up' | 'stopped' | 'back';
      let phase = 'up' as Phase;
      const answers: (Answer & { phase: Phase })[] = [];
      const broken: unknown[] = [];
      let running = true;
      const client = async (n: number) => {
        for (let i = 0; running; i += 1) {
          try {
            const answer = (n + i) % 2 === 0 ? await call(`${server.url}/api/records/goals`, { token }) : await putGoal(server.url, token, county, `Ziel ${n}.${i}`);
            answers.push({ ...answer, phase });
          } catch (error) {
            // No answer at all: the instance is gone.
            broken.push(error);
            return;
          }
        }
      };
      const load = Promise.all(Array.from({ length: 6 }, (_, n) => client(n)));
      await vi.waitFor(() => expect(answers.length).toBeGreaterThanOrEqual(20), { timeout: 20_000, interval: 20 });
      proxy.cut();
      phase = 'stopped';
      await vi.waitFor(() => expect(answers.filter(isStorageUnavailable).length).toBeGreaterThanOrEqual(10), { timeout: 20_000, interval: 20 });
      proxy.restore();
      phase = 'back';
      await vi.waitFor(() => expect(answers.some((a) => a.phase === 'back' && a.status === 200)).toBe(true), { timeout: 20_000, interval: 20 });
      running = false;
      await load;

      expect(broken).toEqual([]);
      expect(answers.filter((a) => a.status !== 200 && !isStorageUnavailable(a))).toEqual([]);
      expect(server.child.exitCode).toBeNull();
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await proxy.close();
    }
  });

  it('2: PostgreSQL stops answering (frozen): health answers 503 within 5 s, requests answer 503 storage_unavailable instead of hanging, and once it answers again so does the server', async () => {
    const store = await freshStoreOptions();
    const proxy = await TcpProxy.to(store.databaseUrl!);
    const server = await startServer({ store: { ...store, databaseUrl: proxy.urlFor(store.databaseUrl!) }, config: { dbTimeoutMs: 3_000 } });
    try {
      await seed(server, [anna]);
      const token = await tokenFor(server, anna);
      const county = countyRecords();
      await storeCounty(server.url, token, county);

      proxy.freeze();
      // The bound the issue asks for: a load balancer's health check must not hang.
      const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', storage: 'postgres' });
      const [read, write] = await Promise.all([call(`${server.url}/api/records/goals`, { token }), putGoal(server.url, token, county)]);
      expect(read).toMatchObject({ status: 503, body: unavailable });
      expect(write).toMatchObject({ status: 503, body: unavailable });
      expect(write.headers.get('retry-after')).toBe('5');

      proxy.restore();
      expect((await call(`${server.url}/api/health`)).status).toBe(200);
      expect((await putGoal(server.url, token, county, 'Nach dem Stillstand')).status).toBe(200);
      expect((await call<{ records: unknown[] }>(`${server.url}/api/records/goals`, { token })).body.records).toHaveLength(county.goals.length + 1);
    } finally {
      await server.close();
      await proxy.close();
    }
  });
});

/** Another process that takes SQLite's write lock and holds it until released. */
async function holdWriteLock(dataDir: string): Promise<{ release: () => Promise<void> }> {
  const script = "const db = new (require('better-sqlite3'))(process.env.DB_FILE); db.exec('begin immediate'); process.stdout.write('locked\\n'); process.stdin.once('data', () => { db.exec('rollback'); db.close(); process.exit(0); });";
  const child = spawn(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, DB_FILE: path.join(dataDir, SQLITE_FILE) }, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    void exited.then(() => reject(new Error('the lock holder exited before taking the lock')));
  });
  return {
    release: async () => {
      child.stdin.write('go\n');
      await exited;
    },
  };
}

describe.runIf(storeKind === 'sqlite')('another process holds the SQLite database', () => {
  it('2: another process holds the write lock: a write answers 503 storage_unavailable instead of hanging, reads go on, and once the lock is free writes work again', async () => {
    const store = await freshStoreOptions();
    const server = await startServer({ store, config: { dbTimeoutMs: 1_000 } });
    try {
      await seed(server, [anna]);
      const token = await tokenFor(server, anna);
      const county = countyRecords();
      await storeCounty(server.url, token, county);

      const holder = await holdWriteLock(store.dataDir);
      try {
        expect(await putGoal(server.url, token, county)).toMatchObject({ status: 503, body: unavailable });
        // WAL: readers do not wait for a writer.
        expect((await call<{ records: unknown[] }>(`${server.url}/api/records/goals`, { token })).body.records).toHaveLength(county.goals.length);
      } finally {
        await holder.release();
      }
      expect((await putGoal(server.url, token, county, 'Nach der Sperre')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
