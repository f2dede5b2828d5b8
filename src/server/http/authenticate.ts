// Every /api route except health, the OpenAPI document and login runs behind this check: a
// bearer token that names a live session of an enabled account. The actor it yields carries
// the county, and routes read and write only that county.
import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import type { Actor } from '../auth/sessions';
import { sessionActor } from '../auth/sessions';
import { ApiError } from './errors';
import type { ZodApp } from './zod-app';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new ApiError(401, 'missing_token', 'Send Authorization: Bearer TOKEN (from POST /api/login).');
  return request.actor;
}

/** Registers routes that need a session; `routes` adds them to the scope the check covers. */
export async function withSession(app: ZodApp, ctx: ServerContext, routes: (scope: ZodApp) => void): Promise<void> {
  await app.register((scope: ZodApp, _options, done) => {
    scope.addHook('onRequest', async (request) => {
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (!match) throw new ApiError(401, 'missing_token', 'Send Authorization: Bearer TOKEN (from POST /api/login).');
      const actor = await sessionActor(ctx.store.db, match[1]!, ctx.config, ctx.now());
      if (!actor) throw new ApiError(401, 'invalid_token', 'The token is unknown, expired or revoked: log in again.');
      request.actor = actor;
    });
    routes(scope);
    done();
  });
}

/** Refuses the request unless the actor is a coordinator. */
export function requireCoordinator(actor: Actor): void {
  if (actor.role !== 'coordinator') throw new ApiError(403, 'forbidden', 'Only a coordinator may do this.');
}
