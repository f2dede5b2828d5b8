// The coordinator's account screens: the county's accounts and its login settings. Every query
// names the actor's county, so an id from another county is simply not found.
import { z } from 'zod';
import type { ServerContext } from '../context';
import { accountName, addAccount, changeAccount, listAccounts, role, setRequireTotp } from '../accounts/accounts';
import { ApiError, errorBody } from '../http/errors';
import { actorOf, requireCoordinator } from '../http/authenticate';
import type { ZodApp } from '../http/zod-app';

const account = z
  .object({ id: z.uuid(), name: z.string(), role, disabled: z.boolean(), totp: z.boolean().describe('Has a second factor') })
  .meta({ id: 'Account' });
const countySettings = z.object({ requireTotp: z.boolean().describe('Coordinators need a second factor to log in') }).meta({ id: 'CountySettings' });
const secured = [{ bearer: [] }];
const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

const strip = <T extends { county: string }>({ county: _county, ...rest }: T) => rest;

export function accountRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get('/api/accounts', {
    schema: { summary: "The county's accounts (coordinator)", tags: ['accounts'], security: secured, response: { 200: z.object({ accounts: z.array(account) }), ...refusals } },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    return { accounts: (await listAccounts(ctx.store.db, actor.county)).map(strip) };
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
    return reply.code(201).send(strip(added));
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
    return strip(changed);
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
      summary: 'County login settings (coordinator): require a second factor for coordinators',
      tags: ['accounts'],
      security: secured,
      body: countySettings,
      response: { 200: countySettings, ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    if (request.body.requireTotp) {
      const own = await ctx.store.db.selectFrom('accounts').select('totp_secret').where('id', '=', actor.accountId).executeTakeFirstOrThrow();
      if (own.totp_secret === null) throw new ApiError(409, 'totp_setup_required', 'Set up your own second factor first, or you could not log in again.');
    }
    await setRequireTotp(ctx.store.db, actor.county, request.body.requireTotp);
    return { requireTotp: request.body.requireTotp };
  });
}
