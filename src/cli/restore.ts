// `npm run restore -- FILE [--replace]`: puts a backup from `npm run backup` into the store
// (DATA_DIR or DATABASE_URL). Stop the server first. Without --replace it only fills an empty
// database; with it, the database is emptied and refilled in the same transaction.
// The rulebook is not asked again: the rows go back as the server stored them, each judged when it was written.
import { parseArgs } from 'node:util';
import { storeOptionsFrom } from '../server/config';
import { RestoreRefused, restoreBackup } from '../server/storage/backup';
import { openStore } from '../server/storage/store';

const usage = 'Usage: npm run restore -- FILE [--replace] [--data-dir DIR | --database-url URL]\n';
const { values, positionals } = parseArgs({
  args: process.argv.slice(2), allowPositionals: true,
  options: { replace: { type: 'boolean' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  process.stderr.write(usage);
  process.exit(2);
}
const store = await openStore(storeOptionsFrom(values, process.env));
try {
  const summary = await restoreBackup(store, file, { replace: values.replace ?? false });
  process.stdout.write(`Restored from ${file}: ${summary.counties} counties, ${summary.accounts} accounts, ${summary.records} records (and ${summary.deleted_records} deleted, kept for sync), ${summary.record_history} revisions. Everyone logs in again.\n`);
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  process.stderr.write(`${error.message}\nNothing was changed.\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
