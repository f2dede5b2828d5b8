// A token alone does not change how an account logs in: changing the password, setting up or
// replacing the second factor and switching off the county's second-factor requirement ask for
// the current password, and the current code where the account has a second factor. Someone who
// found a logged-in tablet, or a stolen token, cannot make the account theirs. Guesses here
// count against the same limits as logins (rate-limit.ts), under the same keys.
import type { Actor } from './sessions';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import { secretBoxFor } from '../security/secret-box';
import type { SecurityLogger } from '../security/security-log';
import { logSecurity } from '../security/security-log';
import { tooMany } from './login';
import { verifyPassword } from './passwords';
import { claimAttempt, clearFailures, loginKeys, releaseAttempt } from './rate-limit';
import { claimTotpStep } from './totp';

export type Proof = { password?: string | undefined; totp?: string | undefined };

export async function reauthenticate(ctx: ServerContext, actor: Actor, proof: Proof, address: string, log: SecurityLogger, action: string): Promise<void> {
  const { db } = ctx.store;
  const now = ctx.now();
  if (!proof.password) throw new ApiError(403, 'password_required', 'Enter your current password to confirm this change.');
  const keys = loginKeys(actor.county, actor.name, address);
  const wait = await claimAttempt(db, keys, ctx.config, now);
  const who = { county: actor.county, name: actor.name, address, action };
  if (wait > 0) {
    logSecurity(log, { event: 'reauthentication_failed', ...who, reason: 'too_many_attempts' });
    throw tooMany(wait);
  }
  const row = await db.selectFrom('accounts').select(['password_hash', 'totp_secret']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(proof.password, row.password_hash))) {
    logSecurity(log, { event: 'reauthentication_failed', ...who, reason: 'wrong_password' });
    throw new ApiError(403, 'wrong_password', 'The current password is wrong.');
  }
  if (row.totp_secret !== null) {
    if (!proof.totp) {
      // The password was right: asking for the code is no failed guess.
      await releaseAttempt(db, keys);
      throw new ApiError(403, 'totp_required', 'Enter the current code from your authenticator app to confirm this change.');
    }
    const secret = secretBoxFor(ctx.config.secretKeyFile).open(row.totp_secret, actor.accountId);
    if (!(await claimTotpStep(db, actor.accountId, secret, proof.totp, now))) {
      logSecurity(log, { event: 'reauthentication_failed', ...who, reason: 'totp_invalid' });
      throw new ApiError(403, 'totp_invalid', 'The code is wrong or was already used; wait for the next one.');
    }
  }
  await clearFailures(db, keys);
}
