// The embedded SQLite store (WAL mode) under DATA_DIR. better-sqlite3 is synchronous: while a
// statement waits for a lock, the whole process waits with it. So the server's connection
// waits only a moment inside SQLite (busy_timeout) and otherwise waits between tries, with the
// event loop free, until its deadline: another process that holds the write lock for longer
// (`npm run user`, a stopped process, someone's sqlite3 shell) makes a request answer 503
// storage_unavailable instead of freezing every request behind it. The deadline starts when
// the request asks for the connection, so requests queued behind a waiting one do not each
// wait their own full time.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { DatabaseConnection, Driver, QueryResult, TransactionSettings } from 'kysely';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, sql } from 'kysely';
import type { Store, Trx } from './store';
import type { Tables } from './tables';
import { StorageUnavailable, withinTime } from './unavailable';

export const SQLITE_FILE = 'integrationskonzept.sqlite';

/** Without a deadline (the command-line tools) a statement waits this long for a lock, as before. */
const PATIENT_BUSY_MS = 10_000;
/** With a deadline, SQLite itself waits at most this long per try; the rest is waited between tries. */
const BUSY_SLICE_MS = 20;
const RETRY_MS = 25;

const isBusy = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(error.code);

/**
 * Switching a new file to WAL needs a lock that another process opening the file at the same
 * moment may hold, and SQLite does not always wait for it: try again for a while. Only at
 * opening, so blocking briefly between tries is harmless.
 */
function switchToWal(database: Database.Database, waitMs: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const deadline = Date.now() + Math.max(waitMs, 1_000); ; ) {
    try {
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, RETRY_MS);
    }
  }
}

/** Opens the database file; `busyTimeoutMs` is how long a statement blocks for another connection's lock. */
export function openSqliteFile(dataDir: string, busyTimeoutMs: number): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(path.join(dataDir, SQLITE_FILE));
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  switchToWal(database, busyTimeoutMs);
  // FULL: a write is on disk when its transaction reports success, so an acknowledged
  // request survives a crash of the process and of the machine.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  return database;
}

/** Kysely's transactions (the migrator's) take the write lock at BEGIN, as the store's own do. */
class ImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite can change its schema inside a transaction; Kysely's adapter says otherwise and runs
 * each statement of a migration on its own. Saying so makes the migrator run all pending
 * migrations in one BEGIN IMMEDIATE transaction: the write lock serialises processes that
 * migrate at the same moment, and the second finds the work done (it reads which migrations
 * ran only once it holds the lock). A crash mid-migration leaves the schema as it was.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** A connection whose statements wait for another process's lock until the deadline, between tries. */
class WaitingConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly database: Database.Database,
    private readonly deadline: number,
    private readonly waitMs: number,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    for (;;) {
      try {
        return await this.inner.executeQuery<R>(query);
      } catch (error) {
        // Inside a transaction the lock is held already; a busy error there is not a wait.
        if (!isBusy(error) || this.database.inTransaction) throw error;
        if (Date.now() >= this.deadline) throw new StorageUnavailable(`another process has held the database's write lock for more than ${this.waitMs} ms`, { cause: error });
        await sleep(RETRY_MS);
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class WaitingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly database: Database.Database,
    private readonly waitMs: number,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const deadline = Date.now() + this.waitMs;
    // One connection serves the process: while another request holds it (waiting for a lock,
    // say), this one queues, and the queueing counts against its deadline.
    const connection = await withinTime(this.inner.acquireConnection(), this.waitMs, 'waiting for the SQLite connection', (late) => void this.inner.releaseConnection(late));
    return new WaitingConnection(connection, this.database, deadline, this.waitMs);
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection instanceof WaitingConnection ? connection.inner : connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** The dialect for a connection: transactions BEGIN IMMEDIATE; with `waitMs`, lock waits end at a deadline. */
class LockingDialect extends SqliteDialect {
  constructor(
    private readonly database: Database.Database,
    private readonly waitMs: number | null,
  ) {
    super({ database });
  }

  override createDriver(): Driver {
    const driver = new ImmediateDriver({ database: this.database });
    return this.waitMs === null ? driver : new WaitingDriver(driver, this.database, this.waitMs);
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** A Kysely instance on the file for the migrator: it waits as long as `busyTimeoutMs` for another process's migration. */
export function sqliteForMigrations(dataDir: string, busyTimeoutMs: number): Kysely<unknown> {
  return new Kysely<unknown>({ dialect: new LockingDialect(openSqliteFile(dataDir, busyTimeoutMs), null) });
}

/** The server's store; `waitMs` null (the command-line tools) waits for locks as long as SQLite's busy timeout. */
export function openSqliteStore(dataDir: string, waitMs: number | null): Store {
  const database = openSqliteFile(dataDir, waitMs === null ? PATIENT_BUSY_MS : Math.min(BUSY_SLICE_MS, waitMs));
  const db = new Kysely<Tables>({ dialect: new LockingDialect(database, waitMs) });
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
        // SQLite ends the transaction itself on some failures (a full disk): then there is nothing to roll back.
        if (database.inTransaction) await sql`rollback`.execute(conn);
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
