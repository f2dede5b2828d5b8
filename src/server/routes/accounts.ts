// The coordinator's account screens: the county's accounts and its login settings. Every query
// names the actor's county, so an id from another county is simply not found.
import { z } from 'zod';
import type { ServerContext } from '../context';
import { accountName, addAccount, changeAccount, findAccount, listAccounts, role, setRequireTotp } from '../accounts/accounts';
import type { Account } from '../accounts/accounts';
import { lockedNames, unlockAccount } from '../auth/rate-limit';
import { reauthenticate } from '../auth/reauthenticate';
import { ApiError, errorBody } from '../http/errors';
import { actorOf, requireCoordinator } from '../http/authenticate';
import type { ZodApp } from '../http/zod-app';
import { logSecurity } from '../security/security-log';

const account = z
  .object({
    id: z.uuid(), name: z.string(), role, disabled: z.boolean(), totp: z.boolean().describe('Has a second factor'),
    locked: z.boolean().describe('Failed logins hold the account now (from everywhere, or from some address or device); POST /api/accounts/{id}/unlock lifts it'),
  })
  .meta({ id: 'Account' });
const countySettings = z.object({ requireTotp: z.boolean().describe('Coordinators need a second factor to log in') }).meta({ id: 'CountySettings' });
const countySettingsChange = countySettings
  .extend({
    current: z.string().max(1024).optional().describe('Your current password: needed to switch the requirement off'),
    totp: z.string().max(10).optional().describe('Your current code: needed with the password to switch the requirement off'),
  })
  .meta({ id: 'CountySettingsChange' });
const secured = [{ bearer: [] }];
const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

const strip = ({ county: _county, ...rest }: Account, locked: Set<string>) => ({ ...rest, locked: locked.has(rest.name) });

export function accountRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get('/api/accounts', {
    schema: { summary: "The county's accounts (coordinator)", tags: ['accounts'], security: secured, response: { 200: z.object({ accounts: z.array(account) }), ...refusals } },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    const locked = await lockedNames(ctx.store.db, actor.county, ctx.config.loginLimit, ctx.now());
    return { accounts: (await listAccounts(ctx.store.db, actor.county)).map((a) => strip(a, locked)) };
  });

  app.post('/api/accounts', {
    schema: {
      summary: 'Add an account to the county (coordinator)',
      tags: ['accounts'],
      security: secured,
      body: z.object({ name: accountName, role, password: z.string().max(1024) }).meta({ id: 'NewAccount' }),
      response: { 201: account, ...refusals },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    const added = await ctx.store.transaction((trx) => addAccount(trx, { ...request.body, county: actor.county }, ctx.config.passwordHashing, ctx.now(), false));
    logSecurity(request.log, { event: 'account_added', county: actor.county, name: added.name, role: added.role, by: actor.name, address: request.ip });
    return reply.code(201).send(strip(added, new Set()));
  });

  app.patch('/api/accounts/:id', {
    schema: {
      summary: "Disable or enable an account, change its role or set a new password (coordinator); disabling and a new password end the account's sessions",
      tags: ['accounts'],
      security: secured,
      params: z.object({ id: z.uuid() }),
      body: z.object({ disabled: z.boolean().optional(), role: role.optional(), password: z.string().max(1024).optional() }).meta({ id: 'AccountChange' }),
      response: { 200: account, ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    if (request.params.id === actor.accountId && (request.body.disabled || request.body.role === 'caseworker')) {
      throw new ApiError(409, 'own_account', 'A coordinator cannot disable or demote their own account; another coordinator can.');
    }
    const changed = await ctx.store.transaction((trx) => changeAccount(trx, actor.county, request.params.id, request.body, ctx.config.passwordHashing, ctx.now()));
    const { disabled, role: newRole, password } = request.body;
    logSecurity(request.log, {
      event: 'account_changed', county: actor.county, name: changed.name, by: actor.name, address: request.ip,
      ...(disabled !== undefined ? { disabled } : {}), ...(newRole !== undefined ? { role: newRole } : {}), ...(password !== undefined ? { password: 'reset' as const } : {}),
    });
    return strip(changed, await lockedNames(ctx.store.db, actor.county, ctx.config.loginLimit, ctx.now()));
  });

  app.post('/api/accounts/:id/unlock', {
    schema: {
      summary: "Lift the login lock of an account that failed logins hold (coordinator): its owner can log in again at once",
      tags: ['accounts'],
      security: secured,
      params: z.object({ id: z.uuid() }),
      response: { 200: account, ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    const target = await findAccount(ctx.store.db, actor.county, { id: request.params.id });
    await unlockAccount(ctx.store.db, actor.county, target.name);
    logSecurity(request.log, { event: 'account_unlocked', county: actor.county, name: target.name, by: actor.name, address: request.ip });
    return strip(target, new Set());
  });

  app.get('/api/county', {
    schema: {
      summary: 'County login settings (coordinator)',
      tags: ['accounts'],
      security: secured,
      response: { 200: countySettings, ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    const row = await ctx.store.db.selectFrom('counties').select('require_totp').where('key', '=', actor.county).executeTakeFirstOrThrow();
    return { requireTotp: row.require_totp === 1 };
  });

  app.patch('/api/county', {
    schema: {
      summary: "County login settings (coordinator): require a second factor for coordinators (the sessions of coordinators without one end); switching it off needs the current password and code",
      tags: ['accounts'],
      security: secured,
      body: countySettingsChange,
      response: { 200: countySettings, 429: errorBody, ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    const { requireTotp, current, totp } = request.body;
    const stored = await ctx.store.db.selectFrom('counties').select('require_totp').where('key', '=', actor.county).executeTakeFirstOrThrow();
    if (requireTotp) {
      const own = await ctx.store.db.selectFrom('accounts').select('totp_secret').where('id', '=', actor.accountId).executeTakeFirstOrThrow();
      if (own.totp_secret === null) throw new ApiError(409, 'totp_setup_required', 'Set up your own second factor first, or you could not log in again.');
    } else if (stored.require_totp === 1) {
      await reauthenticate(ctx, actor, { password: current, totp }, request.ip, request.log, 'county_settings');
    }
    const sessionsEnded = await ctx.store.transaction((trx) => setRequireTotp(trx, actor.county, requireTotp));
    if ((stored.require_totp === 1) !== requireTotp) {
      logSecurity(request.log, { event: 'county_settings_changed', county: actor.county, by: actor.name, requireTotp, sessionsEnded, address: request.ip });
    }
    return { requireTotp };
  });
}
