// Login: county, name and password (and a TOTP code where the account has a second factor or
// the county requires one for coordinators). An unknown county or name, a disabled account and
// a wrong password get the same answer after the same work (a password hash is verified in
// every case); failures count towards the limits in rate-limit.ts.
import { ApiError } from '../http/errors';
import type { ServerContext } from '../context';
import { accountName, countyKey } from '../accounts/accounts';
import type { Role } from '../accounts/accounts';
import { standInHash, verifyPassword } from './passwords';
import { clearFailures, countFailure, loginKeys, retryAfter } from './rate-limit';
import { createSession } from './sessions';
import { totpStep } from './totp';

export type LoginInput = { county: string; name: string; password: string; totp?: string | undefined };
export type LoginAnswer = { token: string; role: Role; expiresAt: string };

const wrong = () => new ApiError(401, 'invalid_credentials', 'County, name or password is wrong.');

export async function login(ctx: ServerContext, input: LoginInput, address: string): Promise<LoginAnswer> {
  const { db } = ctx.store;
  const now = ctx.now();
  const county = countyKey.safeParse(input.county).data ?? input.county.trim().toLowerCase();
  const name = accountName.safeParse(input.name).data ?? '';
  const keys = loginKeys(county, name, address);

  const wait = await retryAfter(db, keys, ctx.config, now);
  if (wait > 0) throw new ApiError(429, 'too_many_attempts', `Too many failed logins; try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfter: wait });

  const row = await db
    .selectFrom('accounts')
    .innerJoin('counties', 'counties.key', 'accounts.county')
    .select(['accounts.id', 'accounts.county', 'accounts.role', 'accounts.password_hash', 'accounts.disabled', 'accounts.totp_secret', 'counties.require_totp'])
    .where('accounts.county', '=', county)
    .where('accounts.name', '=', name)
    .executeTakeFirst();
  const valid = await verifyPassword(input.password, row?.password_hash ?? (await standInHash(ctx.config.passwordHashing)));
  if (!row || row.disabled === 1 || !valid) {
    await countFailure(db, keys, ctx.config, now);
    throw wrong();
  }

  if (row.totp_secret === null && row.require_totp === 1 && row.role === 'coordinator') {
    throw new ApiError(403, 'totp_setup_required', 'This county requires a second factor for coordinators; set one up with the user command (npm run user -- totp NAME --county KEY).');
  }
  if (row.totp_secret !== null) {
    if (!input.totp) throw new ApiError(401, 'totp_required', 'Enter the code from your authenticator app.');
    const step = totpStep(row.totp_secret, input.totp.trim(), now);
    const claimed = step === null ? undefined : await db
      .updateTable('accounts')
      .set({ totp_last_step: step })
      .where('id', '=', row.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    if (!claimed || claimed.numUpdatedRows === 0n) {
      await countFailure(db, keys, ctx.config, now);
      throw new ApiError(401, 'totp_invalid', 'The code is wrong or was already used; wait for the next one.');
    }
  }

  await clearFailures(db, keys);
  const session = await createSession(db, { id: row.id, county: row.county }, ctx.config, now);
  return { ...session, role: row.role };
}
