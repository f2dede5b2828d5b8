// Whether this instance can serve: the database answers a query. A load balancer asks this
// often, so the answer never waits long: a database that does not answer (frozen, cut off, or
// locked by another process) makes health 503 within HEALTH_LIMIT_MS, whatever the requests'
// own deadline (DB_TIMEOUT_MS).
import { sql } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../context';
import type { ZodApp } from '../http/zod-app';
import { withinTime } from '../storage/unavailable';

export const HEALTH_LIMIT_MS = 2_000;

const health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string().describe('The server version (package.json)'),
    storage: z.enum(['sqlite', 'postgres']),
  })
  .meta({ id: 'Health' });

export function healthRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get('/api/health', {
    schema: {
      summary: 'Whether the server and its database answer',
      tags: ['server'],
      response: { 200: health, 503: health },
    },
  }, async (request, reply) => {
    const answer = { version: ctx.version, storage: ctx.store.kind };
    try {
      await withinTime(sql`select 1`.execute(ctx.store.db), Math.min(HEALTH_LIMIT_MS, ctx.config.dbTimeoutMs), 'health check');
      return { status: 'ok' as const, ...answer };
    } catch (error) {
      request.log.warn({ err: error }, 'health: database unavailable');
      return reply.code(503).send({ status: 'unavailable' as const, ...answer });
    }
  });
}
