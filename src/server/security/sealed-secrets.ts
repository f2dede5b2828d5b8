// The second-factor secrets in the accounts table, sealed with the key file's key (secret-box.ts).
// At every start the server (and the commands that touch secrets) checks that its key file opens
// what the database holds, seals any secret still in clear (from before this version, or from
// an older backup restored since), and notes which key seals, so an instance started with
// another key file refuses to start instead of writing secrets the others cannot read.
import { appendFileSync, readFileSync, renameSync, rmSync } from 'node:fs';
import type { Store, Trx } from '../storage/store';
import { PRIVATE_FILE } from './private-files';
import type { SecretBox } from './secret-box';
import { SecretKeyProblem, isSealed, newKeyLine, sealedKeyId, secretBoxFor } from './secret-box';

const KEY_SETTING = 'secret_key_id';

type SecretRow = { id: string; totp_secret: string | null; totp_pending_secret: string | null };

async function secretRows(db: Trx): Promise<SecretRow[]> {
  return db
    .selectFrom('accounts')
    .select(['id', 'totp_secret', 'totp_pending_secret'])
    .where((eb) => eb.or([eb('totp_secret', 'is not', null), eb('totp_pending_secret', 'is not', null)]))
    .execute();
}

const values = (row: SecretRow) => [row.totp_secret, row.totp_pending_secret].filter((v): v is string => v !== null);

/** Refuses a key file that does not open what the database holds. */
async function checkKey(trx: Trx, box: SecretBox, rows: SecretRow[]): Promise<void> {
  const unknown = new Set(rows.flatMap(values).map(sealedKeyId).filter((id): id is string => id !== null && !box.knows(id)));
  const noted = await trx.selectFrom('server_settings').select('value').where('key', '=', KEY_SETTING).executeTakeFirst();
  if (noted && !box.knows(noted.value)) unknown.add(noted.value);
  if (unknown.size > 0) {
    throw new SecretKeyProblem(
      `The database's second-factor secrets are sealed with key ${[...unknown].join(', ')}, which ${box.file} does not hold. ` +
        'Start with the key file that belongs to this database (SECRET_KEY_FILE; README, Deployment), or restore it from where the operator keeps it.',
    );
  }
}

async function noteKey(trx: Trx, id: string): Promise<void> {
  await trx.insertInto('server_settings').values({ key: KEY_SETTING, value: id }).onConflict((c) => c.column('key').doUpdateSet({ value: id })).execute();
}

/** Seals every secret not sealed with the current key; answers how many values it sealed. */
async function sealAll(trx: Trx, box: SecretBox, rows: SecretRow[], only: 'clear' | 'not-current'): Promise<number> {
  const current = box.currentId();
  const needs = (value: string | null) => value !== null && (only === 'clear' ? !isSealed(value) : sealedKeyId(value) !== current);
  let sealed = 0;
  for (const row of rows) {
    const reseal = (value: string | null) => (value !== null && needs(value) ? box.seal(box.open(value, row.id), row.id) : value);
    if (!needs(row.totp_secret) && !needs(row.totp_pending_secret)) continue;
    sealed += [row.totp_secret, row.totp_pending_secret].filter(needs).length;
    await trx.updateTable('accounts').set({ totp_secret: reseal(row.totp_secret), totp_pending_secret: reseal(row.totp_pending_secret) }).where('id', '=', row.id).execute();
  }
  return sealed;
}

/**
 * Opens the key file (creating it when absent), checks it against the database and seals the
 * secrets still in clear. Answers the box and how many secrets it sealed now.
 */
export async function prepareSecrets(store: Store, keyFile: string): Promise<{ box: SecretBox; sealed: number }> {
  const box = secretBoxFor(keyFile);
  const sealed = await store.transaction(async (trx) => {
    const rows = await secretRows(trx);
    await checkKey(trx, box, rows);
    const count = await sealAll(trx, box, rows, 'clear');
    const noted = await trx.selectFrom('server_settings').select('value').where('key', '=', KEY_SETTING).executeTakeFirst();
    if (!noted) await noteKey(trx, box.currentId());
    return count;
  });
  return { box, sealed };
}

/**
 * A new key: written first in the key file (the older keys stay below it, so backups sealed
 * with them still restore), then every secret in the database sealed again with it, in one
 * transaction. Answers the new key's id and how many secrets were sealed again.
 */
export async function rotateKey(store: Store, keyFile: string): Promise<{ id: string; resealed: number }> {
  const { box } = await prepareSecrets(store, keyFile);
  const temporary = `${box.file}.partial`;
  rmSync(temporary, { force: true });
  appendFileSync(temporary, `${newKeyLine()}\n${readFileSync(box.file, 'utf8')}`, { mode: PRIVATE_FILE, flag: 'wx' });
  renameSync(temporary, box.file);
  const resealed = await store.transaction(async (trx) => {
    const count = await sealAll(trx, box, await secretRows(trx), 'not-current');
    await noteKey(trx, box.currentId());
    return count;
  });
  return { id: box.currentId(), resealed };
}

/** Whether any second-factor secret is still in clear (the backup seals them first, and otherwise leaves the key file alone). */
export async function hasClearSecrets(db: Trx): Promise<boolean> {
  return (await secretRows(db)).flatMap(values).some((value) => !isSealed(value));
}
