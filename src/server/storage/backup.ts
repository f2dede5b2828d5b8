// Online backup and restore, the same for SQLite and PostgreSQL: the backup reads every table
// on one consistent snapshot (a read transaction; writers go on meanwhile) and writes one JSON
// file, first under a temporary name and then renamed, so a backup file is always whole.
// Restore fills an empty store (or, with replace, empties it first) in one transaction. Sessions,
// login counters and device tokens are not kept: after a restore everyone logs in again. The sync tables
// (answered requests, conflicts) came later; a backup without them restores with none. A backup of one
// store restores into the other, which is also the way from SQLite to a state's PostgreSQL.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writePrivateFile } from '../security/private-files';
import type { Store, Trx } from './store';
import type { Tables } from './tables';

export const BACKUP_FORMAT = 'integrationskonzept-server-backup';

const tables = ['counties', 'accounts', 'records', 'record_history', 'sync_requests', 'sync_conflicts'] as const satisfies readonly (keyof Tables)[];
type BackedUp = (typeof tables)[number];

const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  tables: z.object(Object.fromEntries(tables.map((t) => [t, z.array(z.record(z.string(), z.unknown())).default([])])) as Record<BackedUp, z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>),
});

/**
 * Rows per table, except that `records` counts what the county holds (as the app does) and
 * `deleted_records` the tombstones kept beside them for sync and history.
 */
export type BackupSummary = Record<BackedUp, number> & { deleted_records: number };

const count = (data: Record<BackedUp, unknown[]>): BackupSummary => {
  const rows = Object.fromEntries(tables.map((t) => [t, data[t].length])) as Record<BackedUp, number>;
  const deleted = data.records.filter((row) => (row as { deleted?: unknown }).deleted === 1 || (row as { deleted?: unknown }).deleted === true).length;
  return { ...rows, records: rows.records - deleted, deleted_records: deleted };
};

export async function writeBackup(store: Store, file: string, now: Date): Promise<BackupSummary> {
  const data = await store.snapshot(async (trx) => {
    const result = {} as Record<BackedUp, unknown[]>;
    for (const table of tables) result[table] = await trx.selectFrom(table).selectAll().execute();
    return result;
  });
  // 0600: a backup holds password hashes and every record of the county.
  await writePrivateFile(file, JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: now.toISOString(), tables: data }));
  return count(data);
}

export class RestoreRefused extends Error {}

async function isEmpty(trx: Trx): Promise<boolean> {
  return (await trx.selectFrom('counties').select('key').limit(1).execute()).length === 0;
}

/** Rows per INSERT: well below SQLite's limit of bound parameters. */
const CHUNK = 200;

// No role or rule is asked again (the rulebook): a restore is nobody's change, the rows go back as stored, each judged when written.
export async function restoreBackup(store: Store, file: string, options: { replace: boolean }): Promise<BackupSummary> {
  let parsed;
  try {
    parsed = backupFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new RestoreRefused(`${file} is not a backup of this server: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!parsed.success) throw new RestoreRefused(`${file} is not a backup of this server (${parsed.error.issues[0]?.message ?? 'unknown format'}).`);
  const data = parsed.data.tables;
  await store.transaction(async (trx) => {
    if (!(await isEmpty(trx))) {
      if (!options.replace) throw new RestoreRefused('The database already holds data; restore into an empty one, or pass --replace to overwrite it.');
      for (const table of ['sessions', 'login_failures', 'login_devices', 'sync_conflicts', 'sync_requests', 'record_history', 'records', 'accounts', 'counties'] as const) await trx.deleteFrom(table).execute();
    }
    for (const table of tables) {
      const rows = data[table];
      for (let start = 0; start < rows.length; start += CHUNK) {
        await trx.insertInto(table).values(rows.slice(start, start + CHUNK)).execute();
      }
    }
  });
  return count(data);
}
