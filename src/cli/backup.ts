// `npm run backup -- FILE`: an online backup of the server's data (DATA_DIR or DATABASE_URL)
// into one JSON file, consistent while the server runs. `npm run restore -- FILE [--replace]`
// (src/cli/restore.ts) puts it back. The file is written 0600 and holds no second-factor secret
// in clear: secrets still in clear (a database the server has not opened since it began to seal
// them) are sealed with the key file's key first. The key itself is never in a backup.
import { parseArgs } from 'node:util';
import { secretKeyFileFrom, storeOptionsFrom } from '../server/config';
import { hasClearSecrets, prepareSecrets } from '../server/security/sealed-secrets';
import { writeBackup } from '../server/storage/backup';
import { openStore } from '../server/storage/store';

const usage = 'Usage: npm run backup -- FILE [--data-dir DIR | --database-url URL] [--secret-key-file FILE]\n';
const { values, positionals } = parseArgs({
  args: process.argv.slice(2), allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, 'secret-key-file': { type: 'string' } },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  process.stderr.write(usage);
  process.exit(2);
}
const store = await openStore(storeOptionsFrom(values, process.env));
try {
  if (await hasClearSecrets(store.db)) await prepareSecrets(store, secretKeyFileFrom(values, process.env));
  const summary = await writeBackup(store, file, new Date());
  process.stdout.write(`Backup written to ${file}: ${summary.counties} counties, ${summary.accounts} accounts, ${summary.records} records (and ${summary.deleted_records} deleted, kept for sync), ${summary.record_history} revisions.\n`);
} finally {
  await store.close();
}
