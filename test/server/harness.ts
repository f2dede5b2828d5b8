// Starts the real server for a test on 127.0.0.1 and a port the system picks, against a fresh
// store of the kind STORE names: a new SQLite folder, or a new PostgreSQL database in the
// throwaway cluster. Password hashing is cheap here (scrypt N = 2^10 instead of production's
// 2^17) so the suites stay fast; everything else is as in production.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/build-app';
import type { Config } from '../../src/server/config';
import { defaults } from '../../src/server/config';
import type { StoreKind, StoreOptions } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import type { Store } from '../../src/server/storage/store';
import { TestClock } from './test-clock';

export const storeKind: StoreKind = process.env.STORE === 'postgres' ? 'postgres' : 'sqlite';

export const testHashing = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

let databases = 0;

/** A new, empty store location of the kind under test. */
export async function freshStoreOptions(): Promise<StoreOptions> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'server-test-'));
  if (storeKind === 'sqlite') return { dataDir, databaseUrl: null };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('STORE=postgres needs TEST_DATABASE_URL (scripts/with-postgres.sh sets it)');
  databases += 1;
  const name = `t_${process.pid}_${databases}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { dataDir, databaseUrl: url.toString() };
}

export function testConfig(options: StoreOptions, overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    distDir: null,
    bodyLimit: defaults.bodyLimit,
    syncBodyLimit: defaults.syncBodyLimit,
    passwordHashing: testHashing,
    sessionIdleMs: defaults.sessionIdleMs,
    sessionAbsoluteMs: defaults.sessionAbsoluteMs,
    loginLimit: { ...defaults.loginLimit },
    logLevel: 'silent',
    trustProxy: false,
    // Beside the data folder, as an operator keeps it apart from the data and its backups.
    secretKeyFile: path.join(`${options.dataDir}-keys`, 'secret.key'),
    dbTimeoutMs: defaults.dbTimeoutMs,
    shutdownGraceMs: defaults.shutdownGraceMs,
    ...overrides,
  };
}

export type TestServer = {
  url: string;
  store: Store;
  config: Config;
  clock: TestClock;
  app: FastifyInstance;
  close: () => Promise<void>;
};

export async function startServer(
  options?: { store?: StoreOptions; config?: Partial<Config>; clock?: TestClock; logger?: boolean | Record<string, unknown> },
): Promise<TestServer> {
  const storeOptions = options?.store ?? (await freshStoreOptions());
  const config = testConfig(storeOptions, options?.config);
  const store = await openStore(config);
  const clock = options?.clock ?? new TestClock();
  let app: FastifyInstance;
  try {
    app = await buildApp({ store, config, now: clock.now, version: 'test' }, { logger: options?.logger ?? false });
  } catch (error) {
    // A server that refuses to start (a wrong key file) leaves no connection open behind it.
    await store.close();
    throw error;
  }
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    store,
    config,
    clock,
    app,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export type Person = { county: string; name: string; role: 'coordinator' | 'caseworker'; password: string };

/** Adds accounts directly in the store (as the user command does); counties are created with their first account. */
export async function seed(server: TestServer, people: Person[]): Promise<void> {
  const { addAccount } = await import('../../src/server/accounts/accounts');
  for (const person of people) {
    await server.store.transaction((trx) => addAccount(trx, person, testHashing, server.clock.now(), true));
  }
}

/** Logs in over HTTP and returns the token (the test fails when the login does). */
export async function tokenFor(server: TestServer, person: Pick<Person, 'county' | 'name' | 'password'>): Promise<string> {
  const response = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ county: person.county, name: person.name, password: person.password }),
  });
  const body = (await response.json()) as { token?: string };
  if (response.status !== 200 || !body.token) throw new Error(`login of ${person.name} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

export const anna: Person = { county: 'boerde', name: 'anna', role: 'coordinator', password: 'Leitbild und Ziele 2026' };
export const ben: Person = { county: 'boerde', name: 'ben', role: 'caseworker', password: 'Beratung am Dienstag' };
export const carla: Person = { county: 'harz', name: 'carla', role: 'coordinator', password: 'Brocken im Nebel 1142' };
