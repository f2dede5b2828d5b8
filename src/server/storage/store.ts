// Opens the database the configuration names: embedded SQLite (WAL mode) under DATA_DIR by
// default (sqlite.ts), PostgreSQL with DATABASE_URL (postgres.ts). Everything above this file
// sees one Kysely instance and one way to run a transaction, whichever store is underneath; a
// database that is unreachable, locked or silent past the deadline fails with
// StorageUnavailable (unavailable.ts), which the server answers with 503.
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { privateDatabaseFiles } from '../security/private-files';
import { migrate } from './migrate';
import { openPostgresStore } from './postgres';
import { openSqliteStore, SQLITE_FILE } from './sqlite';
import type { Tables } from './tables';

export type StoreKind = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;
export type Trx = Kysely<Tables> | Transaction<Tables>;

export type Store = {
  kind: StoreKind;
  db: Db;
  /** Runs `work` in one transaction that takes the write lock at once (SQLite) or as it writes (PostgreSQL). */
  transaction<T>(work: (trx: Trx) => Promise<T>): Promise<T>;
  /** Runs `work` on one consistent snapshot of the whole database. */
  snapshot<T>(work: (trx: Trx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export { SQLITE_FILE };

export type StoreOptions = {
  dataDir: string;
  databaseUrl: string | null;
  /** The server's deadline for the database (Config.dbTimeoutMs); absent, the command-line tools wait as long as it takes. */
  dbTimeoutMs?: number;
};

/** Brings the schema up to date (once, whoever else starts at the same moment) and opens the store. */
export async function openStore(options: StoreOptions): Promise<Store> {
  // The folder 0700 and the database (with its -wal and -shm files) 0600, before anything opens it.
  if (!options.databaseUrl) privateDatabaseFiles(options.dataDir, SQLITE_FILE);
  await migrate(options);
  const timeoutMs = options.dbTimeoutMs ?? null;
  return options.databaseUrl ? openPostgresStore(options.databaseUrl, timeoutMs) : openSqliteStore(options.dataDir, timeoutMs);
}

/** Where the store is, for logs and the health answer (no password). */
export function describeStore(options: StoreOptions): string {
  if (!options.databaseUrl) return path.join(options.dataDir, SQLITE_FILE);
  const url = new URL(options.databaseUrl);
  return `postgres://${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
