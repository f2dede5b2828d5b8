// Failed logins are counted in the database (so every instance sees them) in fixed windows,
// under three keys: the account from one address, the address, and the account from anywhere.
// Guessing from one address stops after a few tries; a person on another device is not locked
// out by someone else's guessing until a much larger, distributed number of failures; and no
// lock outlasts its window (15 minutes by default). A success clears the account's counters.
import { sql } from 'kysely';
import type { Config } from '../config';
import type { Trx } from '../storage/store';

export type LoginKeys = { pair: string; address: string; account: string };

export function loginKeys(county: string, name: string, address: string): LoginKeys {
  return { pair: `pair:${county}:${name}:${address}`, address: `address:${address}`, account: `account:${county}:${name}` };
}

function limits(config: Config): Record<keyof LoginKeys, number> {
  const { perAccount, perAddress } = config.loginLimit;
  return { pair: perAccount, address: perAddress, account: perAccount * 10 };
}

/** Seconds until a login may be tried again, or 0 when it may be tried now. */
export async function retryAfter(db: Trx, keys: LoginKeys, config: Config, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - config.loginLimit.windowMs).toISOString();
  const rows = await db.selectFrom('login_failures').selectAll().where('key', 'in', Object.values(keys)).where('window_start', '>', windowStart).execute();
  const max = limits(config);
  let wait = 0;
  for (const row of rows) {
    const kind = (Object.keys(keys) as (keyof LoginKeys)[]).find((k) => keys[k] === row.key)!;
    if (row.failures >= max[kind]) {
      const ends = Date.parse(row.window_start) + config.loginLimit.windowMs;
      wait = Math.max(wait, Math.ceil((ends - now.getTime()) / 1000));
    }
  }
  return wait;
}

/** Counts one failure under each key; a window that has ended starts again at one. */
export async function countFailure(db: Trx, keys: LoginKeys, config: Config, now: Date): Promise<void> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - config.loginLimit.windowMs).toISOString();
  for (const key of Object.values(keys)) {
    await db
      .insertInto('login_failures')
      .values({ key, window_start: at, failures: 1 })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures: sql<number>`case when login_failures.window_start <= ${expired} then 1 else login_failures.failures + 1 end`,
          window_start: sql<string>`case when login_failures.window_start <= ${expired} then ${at} else login_failures.window_start end`,
        }),
      )
      .execute();
  }
}

export async function clearFailures(db: Trx, keys: LoginKeys): Promise<void> {
  await db.deleteFrom('login_failures').where('key', 'in', [keys.pair, keys.account]).execute();
}
