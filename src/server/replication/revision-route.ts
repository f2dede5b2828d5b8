// GET /api/sync/revision: the county's current revision, for a device that is open and online
// to learn within seconds that something changed (then it syncs as usual). It must stay cheap
// at a poll every few seconds per device: one indexed read of the county's row, and an ETag,
// so a device that already knows the revision gets an empty 304.
import { z } from 'zod';
import type { ServerContext } from '../context';
import { actorOf } from '../http/authenticate';
import { errorBody } from '../http/errors';
import type { ZodApp } from '../http/zod-app';

const secured = [{ bearer: [] }];

export const revisionTag = (revision: number): string => `"r${revision}"`;

/** Whether If-None-Match names this tag (a list, or `*`, as RFC 9110 allows). */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed === tag || trimmed === `W/${tag}`;
  });
}

export function revisionRoute(app: ZodApp, ctx: ServerContext): void {
  app.get('/api/sync/revision', {
    schema: {
      summary: 'The county\'s current revision: poll it while the app is open, and sync when it moved',
      description: [
        'Answers `{"revision"}` with `ETag: "rN"`. Send the last tag as `If-None-Match` to get an empty 304 while nothing changed.',
        'A device compares the revision with the one it last received (`since` of its sync) and syncs when it is higher.',
      ].join(' '),
      tags: ['sync'], security: secured,
      response: {
        200: z.object({ revision: z.number().int().min(0) }).meta({ id: 'CountyRevision' }),
        304: z.null().describe('Not modified: the revision is the one If-None-Match names'),
        401: errorBody,
      },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const row = await ctx.store.db.selectFrom('counties').select('revision').where('key', '=', actor.county).executeTakeFirstOrThrow();
    const tag = revisionTag(row.revision);
    void reply.header('ETag', tag);
    if (matches(request.headers['if-none-match'], tag)) return reply.code(304).send(null);
    return { revision: row.revision };
  });
}
