// Passwords as OWASP ASVS level 2 asks: 8 to 128 characters, no composition rules, the most
// common passwords refused, and stored as scrypt hashes whose parameters travel with them
// ("scrypt$log2N$r$p$salt$hash"), so raising the cost later leaves old hashes verifiable.
// Beyond the list, a strength estimator (zxcvbn-ts with its common and German dictionaries:
// words, first and last names, Wikipedia; keyboard rows, repeats, sequences, dates, l33t)
// refuses what an attacker's guessing would find early: "aaaaaaaa", "qwertz123", "Passw0rd!",
// "Sommer2026!". Its hint (a key such as "keyPattern") goes to the client, which words it in
// German or English; the dictionaries stay on the server and never reach the app's bundle.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as german from '@zxcvbn-ts/language-de';
import type { PasswordHashing } from '../config';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLengthProblem } from '../../core/password-length';
import { isCommonPassword } from './common-passwords';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'too_weak';
export type PasswordVerdict = { problem: PasswordProblem; hint?: string };

/**
 * zxcvbn's score 3: about 10^8 guesses or more, "safely unguessable" against an online attack
 * and moderate against an offline one on a slow hash (scrypt here). 0 to 2 are refused.
 */
export const MIN_SCORE = 3;

/** Words of this app that make a password guessable to anyone who knows where it is used. */
const appWords = ['integrationskonzept', 'integration', 'landkreis', 'koordination', 'boerde', 'börde'];

/**
 * The estimator's matching grows steeply with length and with l33t substitutions: unbounded, a
 * 128-character password took 1.7 s of the event loop here, and a crafted l33t one as long.
 * It judges the first 64 characters (a passphrase that long and not weak there is not weak at
 * all; a weak beginning is still refused) with at most 8 l33t substitutions ("P@ssw0rd" has 2):
 * under 0.1 s for any password the server accepts (npm run bench: password_check_*).
 */
const ESTIMATOR_BOUNDS = { maxLength: 64, l33tMaxSubstitutions: 8 };

let estimator: ZxcvbnFactory | undefined;

function estimate(password: string, context: string[]) {
  // Built on first use: the dictionaries take a moment and some memory, needed only when a password is set.
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...german.dictionary }, graphs: common.adjacencyGraphs, ...ESTIMATOR_BOUNDS });
  return estimator.check(password, [...context.filter((word) => word.length > 0), ...appWords]);
}

/** Why a new password is refused (with the estimator's hint where it gives one), or null when it is acceptable. Length counts characters, not bytes. */
export function passwordProblem(password: string, context: string[] = []): PasswordVerdict | null {
  const length = passwordLengthProblem(password);
  if (length) return { problem: length };
  const folded = password.toLowerCase();
  if (isCommonPassword(folded) || context.some((word) => word.length > 0 && folded === word.toLowerCase())) return { problem: 'too_common' };
  const { score, feedback } = estimate(password, context);
  if (score >= MIN_SCORE) return null;
  const hint = feedback.warning ?? feedback.suggestions[0];
  return hint ? { problem: 'too_weak', hint } : { problem: 'too_weak' };
}

export const passwordMessages: Record<PasswordProblem, string> = {
  too_short: `The password needs at least ${PASSWORD_MIN} characters.`,
  too_long: `The password may have at most ${PASSWORD_MAX} characters.`,
  too_common: 'This password is among the most common ones (or is the name); choose another.',
  too_weak: 'This password is too easy to guess (a common word, name, date, keyboard row or repetition); several unusual words together are better.',
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
