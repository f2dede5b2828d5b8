// The second factor: TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1), which every
// authenticator app speaks. A code is accepted one step early or late for clock drift, and
// each time step works once per account (the last used step is stored), so an overheard
// code cannot be replayed.
import * as OTPAuth from 'otpauth';
import type { Trx } from '../storage/store';

const PERIOD = 30;

function totpFor(secret: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: 'Integrationskonzept', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads (as text or QR code). */
export function totpUri(secret: string, label: string): string {
  return totpFor(secret, label).toString();
}

/** The time step a code belongs to, or null when it is not valid now. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret, 'check').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The code for a time (tests and the user command's self-check use it). */
export function totpCode(secret: string, at: Date): string {
  return totpFor(secret, 'code').generate({ timestamp: at.getTime() });
}

/** Checks a code against the account's (opened) secret and uses up its time step; false when it is wrong or was used. */
export async function claimTotpStep(db: Trx, accountId: string, secret: string, code: string, now: Date): Promise<boolean> {
  const step = totpStep(secret, code.trim(), now);
  if (step === null) return false;
  const claimed = await db
    .updateTable('accounts')
    .set({ totp_last_step: step })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}
