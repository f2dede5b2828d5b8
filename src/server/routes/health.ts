import { sql } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../context';
import type { ZodApp } from '../http/zod-app';

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
  }, async (_request, reply) => {
    const answer = { version: ctx.version, storage: ctx.store.kind };
    try {
      await sql`select 1`.execute(ctx.store.db);
      return { status: 'ok' as const, ...answer };
    } catch {
      return reply.code(503).send({ status: 'unavailable' as const, ...answer });
    }
  });
}
