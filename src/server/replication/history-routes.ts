// An entry's history beyond the list of its revisions (SPEC.md H2, H3): two revisions compared
// field by field, and an earlier revision (or one field of it) restored as a new revision.
import { z } from 'zod';
import type { EntityKind } from '../../core/schema';
import { entityKinds } from '../../core/schema';
import { compareRecords } from '../../core/merge/diff';
import { valueAt } from '../../core/merge/paths';
import { conflictPath } from '../../core/merge/protocol';
import type { ServerContext } from '../context';
import { actorOf } from '../http/authenticate';
import { ApiError, errorBody } from '../http/errors';
import type { ZodApp } from '../http/zod-app';
import { readRevision } from '../records/apply-writes';
import { restoreValue } from './restore';
import { logSecurity } from '../security/security-log';

const secured = [{ bearer: [] }];
const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const idParams = z.object({ id: z.uuid() });
const difference = z.object({ path: conflictPath, before: z.unknown().optional(), after: z.unknown().optional() }).meta({ id: 'Difference' });

function historyRoutesOf(app: ZodApp, ctx: ServerContext, kind: EntityKind): void {
  const base = `/api/records/${kind}/:id`;
  const tags = ['history'];

  app.get(`${base}/compare`, {
    schema: {
      summary: `What changed between two revisions of one of the ${kind}, field by field`,
      tags, security: secured, params: idParams,
      querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
      response: { 200: z.object({ from: z.number().int(), to: z.number().int(), differences: z.array(difference) }), ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    const { from, to } = request.query;
    const [before, after] = await Promise.all([from, to].map((revision) => readRevision(ctx.store.db, actor.county, kind, request.params.id, revision)));
    if (!before || !after) throw new ApiError(404, 'not_found', `${kind}/${request.params.id} has no revision ${!before ? from : to}.`);
    return { from, to, differences: compareRecords(before, after) };
  });

  app.post(`${base}/restore`, {
    schema: {
      summary: `Restore an earlier revision of one of the ${kind} (or one field of it) as a new revision`,
      description: 'The value of the revision at `path` ([] or absent: the whole record, its deletion included) is written into the record as it stands now, through the same checks as any change.',
      tags, security: secured, params: idParams,
      body: z.object({ revision: z.number().int().min(1), path: conflictPath.default([]) }).meta({ id: 'Restore' }),
      response: { 200: z.object({ record: z.record(z.string(), z.unknown()), countyRevision: z.number().int() }), ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    const { id } = request.params;
    const { revision, path } = request.body;
    return ctx.store.transaction(async (trx) => {
      const earlier = await readRevision(trx, actor.county, kind, id, revision);
      if (!earlier) throw new ApiError(404, 'not_found', `${kind}/${id} has no revision ${revision}.`);
      const value = path.length === 0 ? earlier : valueAt(earlier, path);
      const outcome = await restoreValue(trx, ctx.store.kind, actor, kind, id, path, value, ctx.now());
      const record = outcome.settled.get(`${kind}/${id}`)!.record;
      logSecurity(request.log, { event: 'record_restored', county: actor.county, by: actor.name, kind, id, revision, path: path.map(String) });
      return { record, countyRevision: outcome.countyRevision };
    });
  });
}

export function historyRoutes(app: ZodApp, ctx: ServerContext): void {
  for (const kind of entityKinds) historyRoutesOf(app, ctx, kind);
}
