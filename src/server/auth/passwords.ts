// Passwords as OWASP ASVS level 2 asks: 8 to 128 characters, no composition rules, the most
// common passwords refused, and stored as scrypt hashes whose parameters travel with them
// ("scrypt$log2N$r$p$salt$hash"), so raising the cost later leaves old hashes verifiable.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHashing } from '../config';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLengthProblem } from '../../core/password-length';
import { isCommonPassword } from './common-passwords';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

/** Why a new password is refused, or null when it is acceptable. Length counts characters, not bytes. */
export function passwordProblem(password: string, context: string[] = []): PasswordProblem | null {
  const length = passwordLengthProblem(password);
  if (length) return length;
  const folded = password.toLowerCase();
  if (isCommonPassword(folded) || context.some((word) => word.length > 0 && folded === word.toLowerCase())) return 'too_common';
  return null;
}

export const passwordMessages: Record<PasswordProblem, string> = {
  too_short: `The password needs at least ${PASSWORD_MIN} characters.`,
  too_long: `The password may have at most ${PASSWORD_MAX} characters.`,
  too_common: 'This password is among the most common ones (or is the name); choose another.',
};

function derive(password: string, salt: Buffer, params: PasswordHashing): Promise<Buffer> {
  const { cost, blockSize, parallelization } = params;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, 32, { N: cost, r: blockSize, p: parallelization, maxmem: 256 * cost * blockSize + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, params: PasswordHashing): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', Math.log2(params.cost), params.blockSize, params.parallelization, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logCost, blockSize, parallelization, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    cost: 2 ** Number(logCost),
    blockSize: Number(blockSize),
    parallelization: Number(parallelization),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const stand_ins = new Map<string, Promise<string>>();

/**
 * A hash to verify against when the name is unknown, with the same parameters as real ones,
 * so an unknown name costs as much time as a wrong password.
 */
export function standInHash(params: PasswordHashing): Promise<string> {
  const key = JSON.stringify(params);
  let hash = stand_ins.get(key);
  if (!hash) {
    hash = hashPassword(randomBytes(16).toString('hex'), params);
    stand_ins.set(key, hash);
  }
  return hash;
}
