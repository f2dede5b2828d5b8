// The schema, as numbered migrations that run on SQLite and PostgreSQL alike (Kysely's
// Migrator keeps track of what ran). Only ever add a migration; never change one that shipped.
import type { Kysely, Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '0001-accounts-and-records': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('counties')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('require_totp', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('county', 'text', (c) => c.notNull().references('counties.key'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('totp_secret', 'text')
        .addColumn('totp_pending_secret', 'text')
        .addColumn('totp_last_step', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('accounts_county_name', ['county', 'name'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('county', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .addColumn('idle_expires_at', 'text', (c) => c.notNull())
        .addColumn('absolute_expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();
      await db.schema
        .createTable('login_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('records')
        .addColumn('county', 'text', (c) => c.notNull().references('counties.key'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('county_revision', 'integer', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['county', 'kind', 'id'])
        .execute();
      await db.schema.createIndex('records_county_revision').on('records').columns(['county', 'county_revision']).execute();
      await db.schema
        .createTable('record_history')
        .addColumn('county', 'text', (c) => c.notNull().references('counties.key'))
        .addColumn('county_revision', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('record_history_pk', ['county', 'county_revision'])
        .execute();
      await db.schema.createIndex('record_history_record').on('record_history').columns(['county', 'kind', 'id']).execute();
    },
  },
  '0002-sync': {
    async up(db: Kysely<unknown>) {
      // One row per answered sync request (P4): a retry with the same syncId is answered from
      // these facts and the history, and applies nothing again.
      await db.schema
        .createTable('sync_requests')
        .addColumn('county', 'text', (c) => c.notNull().references('counties.key'))
        .addColumn('sync_id', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('since', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('sent', 'text', (c) => c.notNull())
        .addColumn('exported_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sync_requests_pk', ['county', 'sync_id'])
        .execute();
      await db.schema
        .createTable('sync_conflicts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('county', 'text', (c) => c.notNull().references('counties.key'))
        .addColumn('sync_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('kept', 'text')
        .addColumn('lost', 'text')
        .addColumn('problems', 'text')
        .addColumn('county_revision', 'integer', (c) => c.notNull())
        .addColumn('kept_revision', 'integer', (c) => c.notNull())
        .addColumn('base_revision', 'integer')
        .addColumn('kept_by', 'text', (c) => c.notNull())
        .addColumn('lost_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', 'text')
        .execute();
      await db.schema.createIndex('sync_conflicts_county_status').on('sync_conflicts').columns(['county', 'status', 'county_revision']).execute();
      await db.schema.createIndex('sync_conflicts_sync').on('sync_conflicts').columns(['county', 'sync_id']).execute();
      await db.schema.createIndex('record_history_revision').on('record_history').columns(['county', 'kind', 'id', 'revision']).execute();
    },
  },
  '0003-login-devices-and-secret-key-check': {
    async up(db: Kysely<unknown>) {
      // A device that logged in to an account before carries a device token (stored as its
      // SHA-256); the account-wide login lock does not apply to it (src/server/auth/devices.ts).
      await db.schema
        .createTable('login_devices')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_devices_account').on('login_devices').column('account_id').execute();
      // The id of the key that seals second-factor secrets, so an instance started with another
      // key file refuses to start instead of writing secrets the others cannot read
      // (src/server/security/secret-box.ts).
      await db.schema
        .createTable('server_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0004-history-by-id-and-revision': {
    async up(db: Kysely<unknown>) {
      // A sync reads the base revision of each change by id and revision (readBases in
      // apply-writes.ts, without the kind): the indexes above start with the kind, so that read
      // scanned the county's whole history, and a one-change sync slowed as the history grew.
      await db.schema.createIndex('record_history_id_revision').on('record_history').columns(['county', 'id', 'revision']).execute();
    },
  },
};
