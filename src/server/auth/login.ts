// Login: county, name and password (and a TOTP code where the account has a second factor or
// the county requires one for coordinators). An unknown county or name, a disabled account with
// a wrong password and a wrong password get the same answer after the same work (a password hash
// is verified in every case). Only the right password of a disabled account learns that it is
// disabled (403 account_disabled), so the person knows to ask the coordinator, while a guesser
// learns nothing about which names exist; the attempt still counts as a failure. Each attempt is counted before the password is checked (rate-limit.ts), so a
// burst of parallel guesses gets no more tries than the same guesses one after another. A
// device that logged in to the account before (devices.ts) is held only by its own limit.
import { ApiError } from '../http/errors';
import type { ServerContext } from '../context';
import { countyKey } from '../accounts/accounts';
import type { Role } from '../accounts/accounts';
import { normalizeAccountName } from '../../core/account-name';
import { secretBoxFor } from '../security/secret-box';
import type { SecurityLogger } from '../security/security-log';
import { logSecurity } from '../security/security-log';
import { knownDevice, rememberDevice } from './devices';
import { standInHash, verifyPassword } from './passwords';
import { claimAttempt, clearFailures, deviceKeys, loginKeys, releaseAttempt } from './rate-limit';
import { createSession } from './sessions';
import { claimTotpStep } from './totp';

export type LoginInput = { county: string; name: string; password: string; totp?: string | undefined; device?: string | undefined };
export type LoginAnswer = { token: string; role: Role; expiresAt: string; device: string };

const wrong = () => new ApiError(401, 'invalid_credentials', 'County, name or password is wrong.');
const disabled = () => new ApiError(403, 'account_disabled', 'This account is disabled; ask the coordinator of your county to enable it.');

export function tooMany(wait: number): ApiError {
  return new ApiError(429, 'too_many_attempts', `Too many failed attempts; try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfter: wait });
}

export async function login(ctx: ServerContext, input: LoginInput, address: string, log: SecurityLogger): Promise<LoginAnswer> {
  const { db } = ctx.store;
  const now = ctx.now();
  const county = countyKey.safeParse(input.county).data ?? input.county.trim().toLowerCase();
  const name = normalizeAccountName(input.name);
  const who = { county, name, address };

  const row = await db
    .selectFrom('accounts')
    .innerJoin('counties', 'counties.key', 'accounts.county')
    .select(['accounts.id', 'accounts.county', 'accounts.role', 'accounts.password_hash', 'accounts.disabled', 'accounts.totp_secret', 'counties.require_totp'])
    .where('accounts.county', '=', county)
    .where('accounts.name', '=', name)
    .executeTakeFirst();
  const device = row ? await knownDevice(db, row.id, input.device, ctx.config, now) : null;
  const keys = device ? deviceKeys(county, name, device, address) : loginKeys(county, name, address);

  const wait = await claimAttempt(db, keys, ctx.config, now);
  if (wait > 0) {
    logSecurity(log, { event: 'login_locked', ...who, retryAfter: wait });
    throw tooMany(wait);
  }

  const valid = await verifyPassword(input.password, row?.password_hash ?? (await standInHash(ctx.config.passwordHashing)));
  if (!row || row.disabled === 1 || !valid) {
    logSecurity(log, { event: 'login_failed', ...who, reason: !row ? 'unknown_name' : row.disabled === 1 ? 'disabled' : 'wrong_password' });
    throw row && valid ? disabled() : wrong();
  }

  if (row.totp_secret === null && row.require_totp === 1 && row.role === 'coordinator') {
    await releaseAttempt(db, keys);
    throw new ApiError(403, 'totp_setup_required', 'This county requires a second factor for coordinators; set one up with the user command (npm run user -- totp NAME --county KEY).');
  }
  if (row.totp_secret !== null) {
    if (!input.totp) {
      // The password was right: asking for the code is no failed guess.
      await releaseAttempt(db, keys);
      throw new ApiError(401, 'totp_required', 'Enter the code from your authenticator app.');
    }
    const secret = secretBoxFor(ctx.config.secretKeyFile).open(row.totp_secret, row.id);
    if (!(await claimTotpStep(db, row.id, secret, input.totp, now))) {
      logSecurity(log, { event: 'login_failed', ...who, reason: 'totp_invalid' });
      throw new ApiError(401, 'totp_invalid', 'The code is wrong or was already used; wait for the next one.');
    }
  }

  await clearFailures(db, keys);
  const session = await createSession(db, { id: row.id, county: row.county }, ctx.config, now);
  const deviceToken = await rememberDevice(db, row.id, input.device, device !== null, ctx.config, now);
  logSecurity(log, { event: 'login_succeeded', ...who, knownDevice: device !== null });
  return { ...session, role: row.role, device: deviceToken };
}
