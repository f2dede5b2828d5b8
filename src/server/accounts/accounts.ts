// Counties and their accounts. Every function takes the county, and every query names it, so
// no id from a request reaches another county's rows. The user command and the account routes
// share these functions.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { accountNameMessages, accountNameProblem, accountNameSkeleton, normalizeAccountName } from '../../core/account-name';
import { roles } from '../../core/rulebook/roles';
import type { Role } from '../../core/rulebook/roles';
import type { PasswordHashing } from '../config';
import { ApiError } from '../http/errors';
import { hashPassword, passwordMessages, passwordProblem } from '../auth/passwords';
import type { Trx } from '../storage/store';
import type { AccountTable } from '../storage/tables';

export type { Role };
export { roles };
export const role = z.enum(roles);

export const countyKey = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'a county key is 2–40 letters, digits or hyphens');
/** Names compare as people read them: NFC, without regard to case or surrounding spaces (src/core/account-name.ts). */
export const accountName = z.string().max(400).transform(normalizeAccountName);

/** The name a new account gets, refused when it hides characters, mixes scripts or reads like an existing name of the county. */
async function newAccountName(db: Trx, county: string, raw: string): Promise<string> {
  const name = normalizeAccountName(raw);
  const problem = accountNameProblem(name);
  if (problem) throw new ApiError(400, 'invalid_name', accountNameMessages[problem].en, { reason: problem });
  const existing = await db.selectFrom('accounts').select('name').where('county', '=', county).execute();
  if (existing.some((row) => row.name === name)) throw new ApiError(409, 'name_taken', `The county ${county} already has an account named ${name}.`);
  const skeleton = accountNameSkeleton(name);
  if (existing.some((row) => accountNameSkeleton(row.name) === skeleton)) {
    throw new ApiError(409, 'name_taken', accountNameMessages.looks_like.en, { reason: 'looks_like' });
  }
  return name;
}

export type Account = Pick<AccountTable, 'id' | 'county' | 'name' | 'role'> & { disabled: boolean; totp: boolean };

function asAccount(row: Pick<AccountTable, 'id' | 'county' | 'name' | 'role' | 'disabled' | 'totp_secret'>): Account {
  return { id: row.id, county: row.county, name: row.name, role: row.role, disabled: row.disabled === 1, totp: row.totp_secret !== null };
}

export async function countyExists(db: Trx, county: string): Promise<boolean> {
  return (await db.selectFrom('counties').select('key').where('key', '=', county).executeTakeFirst()) !== undefined;
}

async function checkedHash(password: string, name: string, county: string, hashing: PasswordHashing): Promise<string> {
  const verdict = passwordProblem(password, [name, county]);
  if (verdict) throw new ApiError(400, 'weak_password', passwordMessages[verdict.problem], { reason: verdict.problem, ...(verdict.hint ? { hint: verdict.hint } : {}) });
  return hashPassword(password, hashing);
}

export type NewAccount = { county: string; name: string; role: Role; password: string };

/** Adds an account; the county is created with it when it does not exist yet (its first account). */
export async function addAccount(db: Trx, input: NewAccount, hashing: PasswordHashing, at: Date, createCounty: boolean): Promise<Account> {
  const county = countyKey.parse(input.county);
  const name = await newAccountName(db, county, input.name);
  const hash = await checkedHash(input.password, name, county, hashing);
  const now = at.toISOString();
  if (!(await countyExists(db, county))) {
    if (!createCounty) throw new ApiError(404, 'unknown_county', `There is no county ${county}.`);
    await db.insertInto('counties').values({ key: county, name: county, revision: 0, require_totp: 0, created_at: now }).execute();
  }
  const row = {
    id: randomUUID(), county, name, role: input.role, password_hash: hash, disabled: 0,
    totp_secret: null, totp_pending_secret: null, totp_last_step: null, created_at: now, updated_at: now,
  };
  await db.insertInto('accounts').values(row).execute();
  return asAccount(row);
}

export async function listAccounts(db: Trx, county: string): Promise<Account[]> {
  const rows = await db.selectFrom('accounts').select(['id', 'county', 'name', 'role', 'disabled', 'totp_secret']).where('county', '=', county).orderBy('name').execute();
  return rows.map(asAccount);
}

export async function findAccount(db: Trx, county: string, by: { id: string } | { name: string }): Promise<Account> {
  let query = db.selectFrom('accounts').select(['id', 'county', 'name', 'role', 'disabled', 'totp_secret']).where('county', '=', county);
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('name', '=', accountName.parse(by.name));
  const row = await query.executeTakeFirst();
  if (!row) throw new ApiError(404, 'unknown_account', 'There is no such account in this county.');
  return asAccount(row);
}

/** Ends an account's sessions, all of them or all but one. */
export async function endSessions(db: Trx, accountId: string, except?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (except) query = query.where('token_hash', '!=', except);
  await query.execute();
}

export type AccountChange = { disabled?: boolean; role?: Role; password?: string };

/** Disables, enables, changes the role or sets a new password; disabling and a new password end the account's sessions. */
export async function changeAccount(db: Trx, county: string, id: string, change: AccountChange, hashing: PasswordHashing, at: Date, keepSession?: string): Promise<Account> {
  const account = await findAccount(db, county, { id });
  const set: Partial<AccountTable> = { updated_at: at.toISOString() };
  if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0;
  if (change.role !== undefined) set.role = change.role;
  if (change.password !== undefined) set.password_hash = await checkedHash(change.password, account.name, county, hashing);
  await db.updateTable('accounts').set(set).where('county', '=', county).where('id', '=', id).execute();
  if (change.disabled || change.password !== undefined) await endSessions(db, id, keepSession);
  return findAccount(db, county, { id });
}

/**
 * Requires (or no longer requires) a second factor for the county's coordinators. Requiring it
 * ends the sessions of coordinators without one: they could not log in again, and should not
 * stay logged in. Answers how many sessions ended.
 */
export async function setRequireTotp(db: Trx, county: string, required: boolean): Promise<number> {
  await db.updateTable('counties').set({ require_totp: required ? 1 : 0 }).where('key', '=', county).execute();
  if (!required) return 0;
  const without = db.selectFrom('accounts').select('id').where('county', '=', county).where('role', '=', 'coordinator').where('totp_secret', 'is', null);
  const ended = await db.deleteFrom('sessions').where('county', '=', county).where('account_id', 'in', without).executeTakeFirst();
  return Number(ended.numDeletedRows);
}

/** Gives the account a new second factor (the operator's reset): the sealed secret is stored, and every session of the account ends. */
export async function resetSecondFactor(db: Trx, accountId: string, sealedSecret: string): Promise<void> {
  await db.updateTable('accounts').set({ totp_secret: sealedSecret, totp_pending_secret: null, totp_last_step: null }).where('id', '=', accountId).execute();
  await endSessions(db, accountId);
}
