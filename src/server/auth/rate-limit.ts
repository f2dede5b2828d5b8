// Login attempts are counted in the database (so every instance sees them) in fixed windows,
// under these keys: the account from one address, the address, and the account from anywhere;
// or, for a device that logged in to the account before (devices.ts), that device and the
// address. Guessing from one address stops after a few tries; a person on another device is not
// locked out by someone else's guessing until a much larger, distributed number of attempts; a
// known device is not locked out by that either, only by its own limit; and no lock outlasts its
// window (15 minutes by default).
//
// An attempt is counted before the password is checked, in one atomic statement per key that
// returns the new count (an upsert with RETURNING, on SQLite and PostgreSQL alike). Checking
// first and counting after the slow hash let a burst of parallel guesses all through before
// any was counted. An attempt that turns out right gives its count back: a success clears the
// account's counters and takes its one attempt off the address; a right password that still
// needs its second-factor code takes its attempt off every key.
import { sql } from 'kysely';
import type { Config } from '../config';
import type { Trx } from '../storage/store';

export type LoginKeys = { pair?: string; address: string; account?: string; device?: string };
type Kind = keyof LoginKeys;

/** The key of an account (county and name, JSON-quoted so that no name can run into another). */
const accountPart = (county: string, name: string) => JSON.stringify([county, name]);

export function loginKeys(county: string, name: string, address: string): LoginKeys {
  return { pair: `pair:${JSON.stringify([county, name, address])}`, address: `address:${address}`, account: `account:${accountPart(county, name)}` };
}

/** The keys of a login from a device that logged in to this account before: the account-wide lock does not apply. */
export function deviceKeys(county: string, name: string, deviceId: string, address: string): LoginKeys {
  return { device: `device:${JSON.stringify([county, name, deviceId])}`, address: `address:${address}` };
}

export function limits(loginLimit: Config['loginLimit']): Record<Kind, number> {
  const { perAccount, perAddress } = loginLimit;
  return { pair: perAccount, address: perAddress, account: perAccount * 10, device: perAccount };
}

const present = (keys: LoginKeys) => (Object.entries(keys) as [Kind, string | undefined][]).filter((entry): entry is [Kind, string] => entry[1] !== undefined);

/**
 * Counts one attempt under each key and answers how many seconds the caller must wait: 0 when
 * every count is within its limit, so the password may be checked now.
 */
export async function claimAttempt(db: Trx, keys: LoginKeys, config: Config, now: Date): Promise<number> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - config.loginLimit.windowMs).toISOString();
  const max = limits(config.loginLimit);
  let wait = 0;
  for (const [kind, key] of present(keys)) {
    const row = await db
      .insertInto('login_failures')
      .values({ key, window_start: at, failures: 1 })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures: sql<number>`case when login_failures.window_start <= ${expired} then 1 else login_failures.failures + 1 end`,
          window_start: sql<string>`case when login_failures.window_start <= ${expired} then ${at} else login_failures.window_start end`,
        }),
      )
      .returning(['failures', 'window_start'])
      .executeTakeFirstOrThrow();
    if (Number(row.failures) > max[kind]) {
      const ends = Date.parse(row.window_start) + config.loginLimit.windowMs;
      wait = Math.max(wait, Math.ceil((ends - now.getTime()) / 1000));
    }
  }
  return wait;
}

/** Gives a counted attempt back under the given keys (never below zero). */
async function giveBack(db: Trx, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.updateTable('login_failures').set({ failures: sql<number>`failures - 1` }).where('key', 'in', keys).where('failures', '>', 0).execute();
}

/** A right password that still needs its code: the attempt was no guess. */
export async function releaseAttempt(db: Trx, keys: LoginKeys): Promise<void> {
  await giveBack(db, present(keys).map(([, key]) => key));
}

/** A success: the account's (or device's) counters start again; the address keeps only its other attempts. */
export async function clearFailures(db: Trx, keys: LoginKeys): Promise<void> {
  const cleared = [keys.pair, keys.account, keys.device].filter((key): key is string => key !== undefined);
  await db.deleteFrom('login_failures').where('key', 'in', cleared).execute();
  await giveBack(db, [keys.address]);
}

/** A LIKE pattern that matches the text literally (with escape '\'). */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every key that locks this account: account-wide, per address and per device. */
function accountKeyPatterns(county: string, name: string): { exact: string; prefixes: string[] } {
  const inner = accountPart(county, name).slice(0, -1);
  return { exact: `account:${accountPart(county, name)}`, prefixes: [`pair:${inner},`, `device:${inner},`] };
}

/** Lifts every login lock on the account (the coordinator's and the operator's way back for its owner). */
export async function unlockAccount(db: Trx, county: string, name: string): Promise<number> {
  const { exact, prefixes } = accountKeyPatterns(county, name);
  const result = await db
    .deleteFrom('login_failures')
    .where((eb) => eb.or([eb('key', '=', exact), ...prefixes.map((p) => sql<boolean>`key like ${`${literal(p)}%`} escape '\\'`)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The names of the county's accounts that a login lock holds now (account-wide, or from some address or device). */
export async function lockedNames(db: Trx, county: string, loginLimit: Config['loginLimit'], now: Date): Promise<Set<string>> {
  const windowStart = new Date(now.getTime() - loginLimit.windowMs).toISOString();
  const countyPrefix = JSON.stringify([county]).slice(0, -1);
  const rows = await db
    .selectFrom('login_failures')
    .select(['key', 'failures'])
    .where('window_start', '>', windowStart)
    .where((eb) => eb.or(['account', 'pair', 'device'].map((kind) => sql<boolean>`key like ${`${literal(`${kind}:${countyPrefix},`)}%`} escape '\\'`)))
    .execute();
  const max = limits(loginLimit);
  const names = new Set<string>();
  for (const row of rows) {
    const colon = row.key.indexOf(':');
    const kind = row.key.slice(0, colon) as Kind;
    const parts = JSON.parse(row.key.slice(colon + 1)) as string[];
    if (Number(row.failures) >= max[kind] && parts[1] !== undefined) names.add(parts[1]);
  }
  return names;
}
