// Bringing the schema up to date (migrations.ts), safe when any number of processes start
// together: the server and `npm run user -- add` on a fresh DATA_DIR, as the quick start
// invites, or several instances on one PostgreSQL database. One process migrates; the others
// wait for it and then find nothing left to do.
//
// - SQLite: all pending migrations run in one BEGIN IMMEDIATE transaction (sqlite.ts), so the
//   file's write lock is the migration lock; a crash mid-way leaves the schema as it was.
// - PostgreSQL: a session advisory lock around the whole run (Kysely's migrator also takes a
//   transaction-level one, but only after it has created its own tables unguarded). PostgreSQL
//   frees it when the session ends, so a killed process leaves no lock behind.
//
// Migrations run on connections of their own, without the server's statement deadlines: a new
// index on a large history may take longer than any request should.
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import { guardedPool } from './postgres';
import { sqliteForMigrations } from './sqlite';

/** How long a starting process waits for another one's migration. */
export const MIGRATION_WAIT_MS = 5 * 60_000;

/** pg_advisory_lock key of the migration (any constant that no other lock of the database uses). */
const MIGRATION_LOCK_KEY = '4127730915';

async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('the database schema could not be brought up to date', { cause: error });
}

async function migrateSqlite(dataDir: string): Promise<void> {
  const db = sqliteForMigrations(dataDir, MIGRATION_WAIT_MS);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

async function migratePostgres(url: string): Promise<void> {
  const lock = new pg.Client({ connectionString: url, lock_timeout: MIGRATION_WAIT_MS });
  // A connection that breaks while holding the lock fails the query or the end below.
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: guardedPool(new pg.Pool({ connectionString: url, max: 1 }), null) }) });
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
  } finally {
    // Ending the session frees the lock.
    await lock.end();
  }
}

/** Brings the schema of the store the options name up to date. */
export function migrate(options: { dataDir: string; databaseUrl: string | null }): Promise<void> {
  return options.databaseUrl ? migratePostgres(options.databaseUrl) : migrateSqlite(options.dataDir);
}
