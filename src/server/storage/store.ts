// Opens the database the configuration names: embedded SQLite (WAL mode) under DATA_DIR by
// default, PostgreSQL with DATABASE_URL. Everything above this file sees one Kysely instance
// and one way to run a transaction, whichever store is underneath.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Transaction } from 'kysely';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { privateDatabaseFiles } from '../security/private-files';
import { migrations } from './migrations';
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

export const SQLITE_FILE = 'integrationskonzept.sqlite';

export type StoreOptions = { dataDir: string; databaseUrl: string | null };

function openSqlite(dataDir: string): Store {
  // The folder 0700 and the database (with its -wal and -shm files) 0600: readable by the server's user alone.
  privateDatabaseFiles(dataDir, SQLITE_FILE);
  const database = new Database(path.join(dataDir, SQLITE_FILE));
  database.pragma('journal_mode = WAL');
  // FULL: a write is on disk when its transaction reports success, so an acknowledged
  // request survives a crash of the process and of the machine.
  database.pragma('synchronous = FULL');
  // The user and backup commands may write while the server runs; they wait for each other.
  database.pragma('busy_timeout = 10000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  // Kysely's SQLite driver has one connection behind a mutex, so holding it serialises this
  // process's transactions; BEGIN IMMEDIATE takes the file's write lock at the start, so a
  // transaction that reads before it writes never fails on upgrading its lock.
  const run = <T>(begin: string, work: (trx: Trx) => Promise<T>) =>
    db.connection().execute(async (conn) => {
      await sql.raw(begin).execute(conn);
      try {
        const result = await work(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn);
        throw error;
      }
    });
  return {
    kind: 'sqlite',
    db,
    transaction: (work) => run('begin immediate', work),
    snapshot: (work) => run('begin deferred', work),
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection that breaks while idle must not take the process down.
  pool.on('error', () => undefined);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    transaction: (work) => db.transaction().execute(work),
    snapshot: (work) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
    close: () => db.destroy(),
  };
}

/** Opens the store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
  try {
    const migrator = new Migrator({ db: store.db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error('the database schema could not be brought up to date', { cause: error });
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Where the store is, for logs and the health answer (no password). */
export function describeStore(options: StoreOptions): string {
  if (!options.databaseUrl) return path.join(options.dataDir, SQLITE_FILE);
  const url = new URL(options.databaseUrl);
  return `postgres://${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
