// `npm run user -- COMMAND …`: the county's accounts from the command line, on the same data
// as the server (DATA_DIR or DATABASE_URL, or --data-dir / --database-url); it may run while
// the server does. The first coordinator of a county is made here; the county is created with it.
import { parseArgs } from 'node:util';
import type { Role } from '../server/accounts/accounts';
import { addAccount, changeAccount, countyKey, findAccount, listAccounts, roles, setRequireTotp } from '../server/accounts/accounts';
import { totpUri, newTotpSecret } from '../server/auth/totp';
import { productionHashing, storeOptionsFrom } from '../server/config';
import { ApiError } from '../server/http/errors';
import type { Store } from '../server/storage/store';
import { openStore } from '../server/storage/store';
import { readSecret } from './read-secret';

const usage = `Usage: npm run user -- COMMAND [NAME] --county KEY [options]

  add NAME --county KEY --role coordinator|caseworker   add an account (the county is created with its first one);
                                                        the password comes from standard input, or is asked for
  list --county KEY                                     list the county's accounts
  disable NAME --county KEY                             disable an account; its sessions end
  enable NAME --county KEY                              enable it again
  reset NAME --county KEY                               set a new password (from standard input); its sessions end
  totp NAME --county KEY                                set up a second factor: prints the otpauth:// address for the app
  require-totp on|off --county KEY                      require a second factor for the county's coordinators

Options: --data-dir DIR (DATA_DIR), --database-url URL (DATABASE_URL), as for the server.
`;

function fail(message: string, status = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

async function run(store: Store, command: string, target: string | undefined, county: string, roleName: string | undefined): Promise<void> {
  const now = new Date();
  const need = (what: string) => target ?? fail(`${command} needs ${what}.\n\n${usage}`, 2);
  switch (command) {
    case 'add': {
      const name = need('a NAME');
      if (!roles.includes(roleName as Role)) fail(`--role must be coordinator or caseworker.\n\n${usage}`, 2);
      const password = await readSecret(`Password for ${name}: `);
      const account = await store.transaction((trx) => addAccount(trx, { county, name, role: roleName as Role, password }, productionHashing, now, true));
      process.stdout.write(`Added ${account.role} ${account.name} to county ${account.county}.\n`);
      return;
    }
    case 'list': {
      const accounts = await listAccounts(store.db, county);
      if (accounts.length === 0) process.stdout.write(`No accounts in county ${county}.\n`);
      for (const a of accounts) process.stdout.write(`${a.name}\t${a.role}\t${a.disabled ? 'disabled' : 'active'}${a.totp ? '\ttotp' : ''}\n`);
      return;
    }
    case 'disable':
    case 'enable': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      await store.transaction((trx) => changeAccount(trx, county, account.id, { disabled: command === 'disable' }, productionHashing, now));
      process.stdout.write(`${account.name} is ${command === 'disable' ? 'disabled; its sessions ended' : 'enabled'}.\n`);
      return;
    }
    case 'reset': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      const password = await readSecret(`New password for ${account.name}: `);
      await store.transaction((trx) => changeAccount(trx, county, account.id, { password }, productionHashing, now));
      process.stdout.write(`New password set for ${account.name}; its sessions ended.\n`);
      return;
    }
    case 'totp': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      const secret = newTotpSecret();
      await store.db.updateTable('accounts').set({ totp_secret: secret, totp_pending_secret: null, totp_last_step: null }).where('id', '=', account.id).execute();
      process.stdout.write(`Second factor set for ${account.name}. Add it to the authenticator app:\n${totpUri(secret, `${county}:${account.name}`)}\n`);
      return;
    }
    case 'require-totp': {
      const value = need('on or off');
      if (value !== 'on' && value !== 'off') fail(`require-totp takes on or off.\n\n${usage}`, 2);
      await setRequireTotp(store.db, county, value === 'on');
      process.stdout.write(`County ${county}: coordinators ${value === 'on' ? 'need' : 'do not need'} a second factor.\n`);
      return;
    }
    default:
      fail(usage, 2);
  }
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { county: { type: 'string' }, role: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
})();
const [command, target] = positionals;
if (values.help || !command) fail(usage, command ? 0 : 2);
const county = countyKey.safeParse(values.county ?? '');
if (!county.success) fail(`--county KEY is needed (2–40 lower-case letters, digits or hyphens).\n\n${usage}`, 2);

const store = await openStore(storeOptionsFrom(values, process.env));
try {
  await run(store, command, target, county.data, values.role);
} catch (error) {
  if (error instanceof ApiError) fail(error.message);
  throw error;
} finally {
  await store.close();
}
