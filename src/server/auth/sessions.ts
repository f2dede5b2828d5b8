// Sessions live in the database, so any instance can check any token. A session ends after
// the idle lifetime without a request, after the absolute lifetime in any case, at logout,
// and when its account is disabled or its password changes.
import type { Config } from '../config';
import type { Role } from '../accounts/accounts';
import type { Trx } from '../storage/store';
import { newToken, tokenHash } from './tokens';

export type Actor = { accountId: string; county: string; name: string; role: Role; tokenHash: string; expiresAt: string };

/** Last-use times are written at most this often, so reads do not each cost a write. */
const TOUCH_AFTER_MS = 60_000;

export async function createSession(db: Trx, account: { id: string; county: string }, config: Config, now: Date): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const at = now.toISOString();
  const idle = new Date(now.getTime() + config.sessionIdleMs).toISOString();
  const absolute = new Date(now.getTime() + config.sessionAbsoluteMs).toISOString();
  await db.insertInto('sessions').values({
    token_hash: tokenHash(token), account_id: account.id, county: account.county,
    created_at: at, last_used_at: at, idle_expires_at: idle, absolute_expires_at: absolute,
  }).execute();
  return { token, expiresAt: idle < absolute ? idle : absolute };
}

/** The account behind a token, or null when the token is unknown, expired, revoked or its account disabled. */
export async function sessionActor(db: Trx, token: string, config: Config, now: Date): Promise<Actor | null> {
  const hash = tokenHash(token);
  const at = now.toISOString();
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select(['sessions.county', 'sessions.last_used_at', 'sessions.idle_expires_at', 'sessions.absolute_expires_at', 'accounts.id', 'accounts.name', 'accounts.role', 'accounts.disabled', 'accounts.county as account_county'])
    .where('sessions.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row || row.disabled === 1 || row.account_county !== row.county) return null;
  if (row.idle_expires_at <= at || row.absolute_expires_at <= at) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return null;
  }
  let idle = row.idle_expires_at;
  if (now.getTime() - Date.parse(row.last_used_at) >= TOUCH_AFTER_MS) {
    idle = new Date(now.getTime() + config.sessionIdleMs).toISOString();
    await db.updateTable('sessions').set({ last_used_at: at, idle_expires_at: idle }).where('token_hash', '=', hash).execute();
  }
  const expiresAt = idle < row.absolute_expires_at ? idle : row.absolute_expires_at;
  return { accountId: row.id, county: row.county, name: row.name, role: row.role, tokenHash: hash, expiresAt };
}

export async function endSession(db: Trx, hash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
}
