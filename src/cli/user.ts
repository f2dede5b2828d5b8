// `npm run user -- COMMAND …`: the county's accounts from the command line, on the same data
// as the server (DATA_DIR or DATABASE_URL, or --data-dir / --database-url); it may run while
// the server does. The first coordinator of a county is made here; the county is created with it.
import { parseArgs } from 'node:util';
import type { Role } from '../server/accounts/accounts';
import { addAccount, changeAccount, countyKey, findAccount, listAccounts, resetSecondFactor, roles, setRequireTotp } from '../server/accounts/accounts';
import { lockedNames, unlockAccount } from '../server/auth/rate-limit';
import { totpUri, newTotpSecret } from '../server/auth/totp';
import { defaults, productionHashing, secretKeyFileFrom, storeOptionsFrom } from '../server/config';
import { ApiError } from '../server/http/errors';
import { prepareSecrets, rotateKey } from '../server/security/sealed-secrets';
import { SecretKeyProblem } from '../server/security/secret-box';
import { commandLineLog, logSecurity } from '../server/security/security-log';
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
  totp NAME --county KEY                                set up a new second factor: prints the otpauth:// address for the
                                                        app; the account's sessions end
  unlock NAME --county KEY                              lift the login lock that failed logins put on the account
  require-totp on|off --county KEY                      require a second factor for the county's coordinators (on ends
                                                        the sessions of coordinators without one)
  rotate-key                                            a new key for second-factor secrets: written first in the key
                                                        file (older keys stay below it for older backups), and every
                                                        secret sealed again with it

Options: --data-dir DIR (DATA_DIR), --database-url URL (DATABASE_URL), --secret-key-file FILE (SECRET_KEY_FILE),
as for the server.
`;

function fail(message: string, status = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

// Who made a change from the command line, for the security log.
const operator = `cli:${process.env.USER ?? 'operator'}`;

async function run(store: Store, command: string, target: string | undefined, county: string, roleName: string | undefined, keyFile: string): Promise<void> {
  const now = new Date();
  const need = (what: string) => target ?? fail(`${command} needs ${what}.\n\n${usage}`, 2);
  switch (command) {
    case 'add': {
      const name = need('a NAME');
      if (!roles.includes(roleName as Role)) fail(`--role must be coordinator or caseworker.\n\n${usage}`, 2);
      const password = await readSecret(`Password for ${name}: `);
      const account = await store.transaction((trx) => addAccount(trx, { county, name, role: roleName as Role, password }, productionHashing, now, true));
      process.stdout.write(`Added ${account.role} ${account.name} to county ${account.county}.\n`);
      logSecurity(commandLineLog, { event: 'account_added', county, name: account.name, role: account.role, by: operator });
      return;
    }
    case 'list': {
      const accounts = await listAccounts(store.db, county);
      const locked = await lockedNames(store.db, county, defaults.loginLimit, now);
      if (accounts.length === 0) process.stdout.write(`No accounts in county ${county}.\n`);
      for (const a of accounts) process.stdout.write(`${a.name}\t${a.role}\t${a.disabled ? 'disabled' : 'active'}${a.totp ? '\ttotp' : ''}${locked.has(a.name) ? '\tlocked' : ''}\n`);
      return;
    }
    case 'unlock': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      await unlockAccount(store.db, county, account.name);
      process.stdout.write(`${account.name} can log in again at once.\n`);
      logSecurity(commandLineLog, { event: 'account_unlocked', county, name: account.name, by: operator });
      return;
    }
    case 'disable':
    case 'enable': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      await store.transaction((trx) => changeAccount(trx, county, account.id, { disabled: command === 'disable' }, productionHashing, now));
      process.stdout.write(`${account.name} is ${command === 'disable' ? 'disabled; its sessions ended' : 'enabled'}.\n`);
      logSecurity(commandLineLog, { event: 'account_changed', county, name: account.name, by: operator, disabled: command === 'disable' });
      return;
    }
    case 'reset': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      const password = await readSecret(`New password for ${account.name}: `);
      await store.transaction((trx) => changeAccount(trx, county, account.id, { password }, productionHashing, now));
      process.stdout.write(`New password set for ${account.name}; its sessions ended.\n`);
      logSecurity(commandLineLog, { event: 'account_changed', county, name: account.name, by: operator, password: 'reset' });
      return;
    }
    case 'totp': {
      const account = await findAccount(store.db, county, { name: need('a NAME') });
      const { box } = await prepareSecrets(store, keyFile);
      const secret = newTotpSecret();
      await store.transaction((trx) => resetSecondFactor(trx, account.id, box.seal(secret, account.id)));
      process.stdout.write(`Second factor set for ${account.name}; its sessions ended. Add it to the authenticator app:\n${totpUri(secret, `${county}:${account.name}`)}\n`);
      logSecurity(commandLineLog, { event: 'second_factor_changed', county, name: account.name, by: operator, action: 'reset' });
      return;
    }
    case 'require-totp': {
      const value = need('on or off');
      if (value !== 'on' && value !== 'off') fail(`require-totp takes on or off.\n\n${usage}`, 2);
      const ended = await store.transaction((trx) => setRequireTotp(trx, county, value === 'on'));
      process.stdout.write(`County ${county}: coordinators ${value === 'on' ? `need a second factor; ${ended} sessions of coordinators without one ended` : 'do not need a second factor'}.\n`);
      logSecurity(commandLineLog, { event: 'county_settings_changed', county, by: operator, requireTotp: value === 'on', sessionsEnded: ended });
      return;
    }
    case 'rotate-key': {
      const { id, resealed } = await rotateKey(store, keyFile);
      process.stdout.write(`New key ${id} is first in ${keyFile}; ${resealed} secrets sealed again with it. The older keys stay below it for backups made before now: remove a line once no backup needs it.\n`);
      logSecurity(commandLineLog, { event: 'secret_key_rotated', resealed, keyId: id });
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
      options: { county: { type: 'string' }, role: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, 'secret-key-file': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
})();
const [command, target] = positionals;
if (values.help || !command) fail(usage, command ? 0 : 2);
const county = countyKey.safeParse(values.county ?? '');
if (!county.success && command !== 'rotate-key') fail(`--county KEY is needed (2–40 lower-case letters, digits or hyphens).\n\n${usage}`, 2);

const store = await openStore(storeOptionsFrom(values, process.env));
try {
  await run(store, command, target, county.data ?? '', values.role, secretKeyFileFrom(values, process.env));
} catch (error) {
  if (error instanceof ApiError || error instanceof SecretKeyProblem) fail(error.message);
  throw error;
} finally {
  await store.close();
}
