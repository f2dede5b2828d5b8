// Authenticated writes (new goals), and the revision poll of open devices (an empty 304), through the county server: 20 clients on loopback, each sending its
// next write as soon as the last is answered, on SQLite and (when scripts/with-postgres.sh
// started a cluster, as `npm run bench` does where PostgreSQL is installed) on PostgreSQL.
// Each figure has GET /api/health on the same server in the same run as its baseline, so a
// ratio says what the write path (token check, role matrix, schema, references, transaction,
// history) costs over a bare request. Server and clients share this process; password hashing
// uses the production parameters (only the login pays them).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addAccount } from '../../src/server/accounts/accounts';
import { buildApp } from '../../src/server/build-app';
import type { Config } from '../../src/server/config';
import { defaults, productionHashing } from '../../src/server/config';
import type { Store, StoreOptions } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import { makeGoal } from '../factories';
import { countyRecords, storeCounty } from '../server/county-records';
import type { Bench, Report } from './measure';

export const CLIENTS = 20;
const REQUESTS_PER_CLIENT = 100;
const coordinator = { county: 'bench', name: 'koordination', role: 'coordinator' as const, password: 'Benchmark der Schreibzugriffe' };

type Run = { perSecond: number; p95: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** CLIENTS loops of REQUESTS_PER_CLIENT requests each (answered 2xx, or `expected`); throughput and p95 latency. */
export async function load(request: () => Promise<Response>, expected?: number): Promise<Run> {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let n = 0; n < REQUESTS_PER_CLIENT; n += 1) {
      const begin = performance.now();
      const response = await request();
      await response.arrayBuffer();
      if (expected ? response.status !== expected : !response.ok) throw new Error(`the benchmark request failed with ${response.status}`);
      latencies.push(performance.now() - begin);
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p95: percentile(latencies, 95) };
}

export type BenchServer = { url: string; token: string; store: Store; close: () => Promise<void> };

/** The server in this process on the store, with the bench county's coordinator logged in. */
export async function startBenchServer(options: StoreOptions): Promise<BenchServer> {
  const config: Config = {
    host: '127.0.0.1', port: 0, dataDir: options.dataDir, databaseUrl: options.databaseUrl, distDir: null, bodyLimit: defaults.bodyLimit, syncBodyLimit: defaults.syncBodyLimit,
    passwordHashing: productionHashing, sessionIdleMs: defaults.sessionIdleMs, sessionAbsoluteMs: defaults.sessionAbsoluteMs,
    loginLimit: { ...defaults.loginLimit }, logLevel: 'silent', trustProxy: false, dbTimeoutMs: defaults.dbTimeoutMs, shutdownGraceMs: defaults.shutdownGraceMs,
    // Beside the data, as the operator keeps it apart from the data and its backups.
    secretKeyFile: `${options.dataDir}-keys/secret.key`,
  };
  const store = await openStore(config);
  await store.transaction((trx) => addAccount(trx, coordinator, productionHashing, new Date(), true));
  const app = await buildApp({ store, config, now: () => new Date(), version: 'bench' }, { logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const login = await fetch(`${url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(coordinator) });
  const { token } = (await login.json()) as { token: string };
  return {
    url,
    token,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

async function benchStore(name: string, options: StoreOptions, report: Report): Promise<void> {
  const { url, token, close } = await startBenchServer(options);
  try {
    const county = countyRecords();
    await storeCounty(url, token, county);
    const field = county.fieldsOfAction[0]!;

    // Warm-up, not counted.
    await load(() => fetch(`${url}/api/health`));
    const health = await load(() => fetch(`${url}/api/health`));
    // Goals: no rule limits how many a county holds (a measurement allows one value per period and place).
    const writes = await load(() => {
      const goal = makeGoal({ id: crypto.randomUUID(), fieldId: field.id });
      return fetch(`${url}/api/records/goals/${goal.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(goal),
      });
    });
    // What open devices cost while nothing changes: each asks every 5 s with the tag it holds.
    const first = await fetch(`${url}/api/sync/revision`, { headers: { authorization: `Bearer ${token}` } });
    const tag = first.headers.get('etag') ?? '';
    const polls = await load(() => fetch(`${url}/api/sync/revision`, { headers: { authorization: `Bearer ${token}`, 'if-none-match': tag } }), 304);
    report(`server_${name}_writes_per_s`, writes.perSecond, 'req/s');
    report(`server_${name}_revision_poll_per_s`, polls.perSecond, 'req/s');
    report(`server_${name}_revision_poll_p95_ms`, polls.p95, 'ms');
    report(`server_${name}_revision_poll_vs_health`, polls.perSecond / health.perSecond, 'x');
    report(`server_${name}_write_p95_ms`, writes.p95, 'ms');
    report(`server_${name}_health_per_s`, health.perSecond, 'req/s');
    report(`server_${name}_health_p95_ms`, health.p95, 'ms');
    report(`server_${name}_writes_vs_health`, writes.perSecond / health.perSecond, 'x');
    report(`server_${name}_write_p95_vs_health`, writes.p95 / health.p95, 'x');
  } finally {
    await close();
  }
}

export async function postgresDatabase(admin: string): Promise<string> {
  const name = `bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export const serverBench: Bench = async (report) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'server-bench-'));
  await benchStore('sqlite', { dataDir, databaseUrl: null }, report);
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) await benchStore('postgres', { dataDir, databaseUrl: await postgresDatabase(admin) }, report);
  else process.stderr.write('server bench: no TEST_DATABASE_URL (PostgreSQL not installed?), so no PostgreSQL figures\n');
};
