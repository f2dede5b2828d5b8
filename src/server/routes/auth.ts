// Login, logout, who is logged in, and a person's own password and second factor.
import { z } from 'zod';
import type { ServerContext } from '../context';
import { changeAccount, endSessions, role } from '../accounts/accounts';
import { login } from '../auth/login';
import { reauthenticate } from '../auth/reauthenticate';
import { endSession } from '../auth/sessions';
import { newTotpSecret, totpStep, totpUri } from '../auth/totp';
import { ApiError, errorBody } from '../http/errors';
import { secretBoxFor } from '../security/secret-box';
import { logSecurity } from '../security/security-log';
import { actorOf } from '../http/authenticate';
import type { ZodApp } from '../http/zod-app';

const loginBody = z
  .object({
    county: z.string().min(1).max(40).describe('The county key, e.g. boerde'),
    name: z.string().min(1).max(100),
    password: z.string().min(1).max(1024),
    totp: z.string().max(10).optional().describe('The 6-digit code, where the account has a second factor'),
    device: z.string().max(100).optional().describe('The device token from an earlier login to this account: the account-wide login lock does not apply to it, only a limit per device'),
  })
  .meta({ id: 'LoginRequest' });

const loginAnswer = z
  .object({
    token: z.string().describe('Send as Authorization: Bearer TOKEN'),
    role,
    expiresAt: z.string().describe('When the token ends unless used before (ISO 8601); it ends at the absolute lifetime in any case'),
    device: z.string().describe('Keep on this device and send with later logins to this account (see device in LoginRequest)'),
  })
  .meta({ id: 'LoginAnswer' });

const proof = {
  current: z.string().max(1024).optional().describe('The current password'),
  totp: z.string().max(10).optional().describe('The current code, where the account has a second factor'),
};

const session = z
  .object({ county: z.string(), name: z.string(), role, expiresAt: z.string(), totp: z.boolean().describe('The account has a second factor') })
  .meta({ id: 'Session' });

const secured = [{ bearer: [] }];

export function loginRoute(app: ZodApp, ctx: ServerContext): void {
  app.post('/api/login', {
    schema: {
      summary: 'Log in: county, name and password (plus a TOTP code where required)',
      description: [
        'Refusals: 401 `invalid_credentials` for an unknown county, an unknown name, and a wrong password (a disabled account\'s included), all alike;',
        '401 `totp_required`, `totp_invalid`; 403 `totp_setup_required`;',
        '403 `account_disabled` only when the password of a disabled account was right (ask the coordinator to enable it; the attempt counts as a failed one);',
        '429 `too_many_attempts` with `retryAfter` and Retry-After.',
      ].join(' '),
      tags: ['auth'],
      body: loginBody,
      response: { 200: loginAnswer, 400: errorBody, 401: errorBody, 403: errorBody, 429: errorBody },
    },
  }, async (request, reply) => {
    try {
      return await login(ctx, request.body, request.ip, request.log);
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) void reply.header('Retry-After', String(error.extra.retryAfter));
      throw error;
    }
  });
}

export function sessionRoutes(app: ZodApp, ctx: ServerContext): void {
  app.post('/api/logout', {
    schema: { summary: 'End this session', tags: ['auth'], security: secured, response: { 204: z.null(), 401: errorBody } },
  }, async (request, reply) => {
    await endSession(ctx.store.db, actorOf(request).tokenHash);
    return reply.code(204).send(null);
  });

  app.get('/api/session', {
    schema: { summary: 'Who is logged in with this token', tags: ['auth'], security: secured, response: { 200: session, 401: errorBody } },
  }, async (request) => {
    const actor = actorOf(request);
    const row = await ctx.store.db.selectFrom('accounts').select('totp_secret').where('id', '=', actor.accountId).executeTakeFirstOrThrow();
    return { county: actor.county, name: actor.name, role: actor.role, expiresAt: actor.expiresAt, totp: row.totp_secret !== null };
  });

  app.post('/api/account/password', {
    schema: {
      summary: 'Change your own password; your other sessions end',
      tags: ['auth'],
      security: secured,
      body: z.object({ current: z.string().max(1024), password: z.string().max(1024), totp: proof.totp }).meta({ id: 'PasswordChange' }),
      response: { 204: z.null(), 400: errorBody, 401: errorBody, 403: errorBody, 429: errorBody },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await reauthenticate(ctx, actor, { password: request.body.current, totp: request.body.totp }, request.ip, request.log, 'password');
    await ctx.store.transaction((trx) => changeAccount(trx, actor.county, actor.accountId, { password: request.body.password }, ctx.config.passwordHashing, ctx.now(), actor.tokenHash));
    logSecurity(request.log, { event: 'password_changed', county: actor.county, name: actor.name, by: actor.name, address: request.ip });
    return reply.code(204).send(null);
  });

  app.post('/api/account/totp', {
    schema: {
      summary: 'Start setting up (or replacing) the second factor: a new secret for the authenticator app; needs the current password, and the current code where one is set',
      tags: ['auth'],
      security: secured,
      body: z.object(proof).meta({ id: 'TotpStart' }).nullish(),
      response: { 200: z.object({ secret: z.string(), uri: z.string() }).meta({ id: 'TotpEnrolment' }), 400: errorBody, 401: errorBody, 403: errorBody, 429: errorBody },
    },
  }, async (request) => {
    const actor = actorOf(request);
    await reauthenticate(ctx, actor, { password: request.body?.current, totp: request.body?.totp }, request.ip, request.log, 'second_factor');
    const secret = newTotpSecret();
    const sealed = secretBoxFor(ctx.config.secretKeyFile).seal(secret, actor.accountId);
    await ctx.store.db.updateTable('accounts').set({ totp_pending_secret: sealed }).where('id', '=', actor.accountId).execute();
    return { secret, uri: totpUri(secret, `${actor.county}:${actor.name}`) };
  });

  app.post('/api/account/totp/confirm', {
    schema: {
      summary: 'Finish setting up the second factor with a code from the app; other sessions end',
      tags: ['auth'],
      security: secured,
      body: z.object({ code: z.string().max(10) }).meta({ id: 'TotpConfirm' }),
      response: { 204: z.null(), 400: errorBody, 401: errorBody },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const row = await ctx.store.db.selectFrom('accounts').select(['totp_pending_secret', 'totp_secret']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
    const pending = row.totp_pending_secret ? secretBoxFor(ctx.config.secretKeyFile).open(row.totp_pending_secret, actor.accountId) : null;
    const step = pending ? totpStep(pending, request.body.code.trim(), ctx.now()) : null;
    if (step === null || !row.totp_pending_secret) throw new ApiError(400, 'totp_invalid', 'The code does not match; check the time on the device and try the next code.');
    await ctx.store.transaction(async (trx) => {
      await trx.updateTable('accounts').set({ totp_secret: row.totp_pending_secret, totp_pending_secret: null, totp_last_step: step }).where('id', '=', actor.accountId).execute();
      await endSessions(trx, actor.accountId, actor.tokenHash);
    });
    logSecurity(request.log, { event: 'second_factor_changed', county: actor.county, name: actor.name, by: actor.name, action: row.totp_secret === null ? 'set_up' : 'replaced', address: request.ip });
    return reply.code(204).send(null);
  });
}
