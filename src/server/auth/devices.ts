// Device tokens: the way back for an account that someone else's guessing has locked. Anyone
// can lock an account for a window with enough wrong passwords from enough addresses; a device
// that logged in to the account before carries a token (256 random bits, stored as SHA-256)
// that the account-wide lock does not apply to, only a limit of its own, per device. The token
// proves nothing by itself: the password (and the code) are still needed.
import type { Config } from '../config';
import type { Trx } from '../storage/store';
import { newToken, tokenHash } from './tokens';

/** The device a login names, when its token belongs to this account and was used within the absolute session lifetime. */
export async function knownDevice(db: Trx, accountId: string, token: string | undefined, config: Config, now: Date): Promise<string | null> {
  if (!token) return null;
  const hash = tokenHash(token);
  const fresh = new Date(now.getTime() - config.sessionAbsoluteMs).toISOString();
  const row = await db.selectFrom('login_devices').select('token_hash').where('token_hash', '=', hash).where('account_id', '=', accountId).where('last_used_at', '>', fresh).executeTakeFirst();
  return row ? hash.slice(0, 32) : null;
}

/** After a successful login: the device's token, the one it sent (used again now) or a new one. Tokens unused for the absolute session lifetime are dropped. */
export async function rememberDevice(db: Trx, accountId: string, sent: string | undefined, known: boolean, config: Config, now: Date): Promise<string> {
  const at = now.toISOString();
  await db.deleteFrom('login_devices').where('account_id', '=', accountId).where('last_used_at', '<=', new Date(now.getTime() - config.sessionAbsoluteMs).toISOString()).execute();
  if (sent && known) {
    await db.updateTable('login_devices').set({ last_used_at: at }).where('token_hash', '=', tokenHash(sent)).execute();
    return sent;
  }
  const token = newToken();
  await db.insertInto('login_devices').values({ token_hash: tokenHash(token), account_id: accountId, created_at: at, last_used_at: at }).execute();
  return token;
}
