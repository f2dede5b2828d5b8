// The county's records over HTTP, one set of routes per entity kind so the OpenAPI document
// shows each kind's schema. Reads take the county from the token; writes go through
// applyWrites, the one write path. A role that may not write a kind at all is refused before
// the body is even checked, so a caseworker's hand-made directory change gets 403, not a
// schema lecture.
import { z } from 'zod';
import type { EntityKind } from '../../core/schema';
import { entityKinds, entitySchemas } from '../../core/schema';
import type { ServerContext } from '../context';
import type { Change } from '../records/apply-writes';
import { applyWrites } from '../records/apply-writes';
import { grant, mayPut } from '../records/permissions';
import { ApiError, errorBody } from '../http/errors';
import { actorOf } from '../http/authenticate';
import type { ZodApp } from '../http/zod-app';

const secured = [{ bearer: [] }];
const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 413: errorBody };
const idParams = z.object({ id: z.uuid() });
const revisionQuery = z.object({ baseRevision: z.coerce.number().int().min(0).optional().describe("The record's revision the change is based on; a different stored revision gets 409") });

const typeName = (kind: EntityKind) => kind.charAt(0).toUpperCase() + kind.slice(1);

/** A write's answer: the stored record and the county revision it got. */
function writeAnswer(schema: z.ZodType) {
  return z.object({ record: schema, countyRevision: z.number().int() });
}

export const changeSchema = z
  .discriminatedUnion('op', [
    z.object({
      op: z.literal('put'),
      kind: z.enum(entityKinds as [EntityKind, ...EntityKind[]]),
      id: z.uuid(),
      record: z.record(z.string(), z.unknown()).describe('The record as the app holds it; the server sets id, createdAt, updatedAt, updatedBy, revision and deleted'),
      baseRevision: z.number().int().min(0).optional(),
    }),
    z.object({ op: z.literal('delete'), kind: z.enum(entityKinds as [EntityKind, ...EntityKind[]]), id: z.uuid(), baseRevision: z.number().int().min(0).optional() }),
  ])
  .meta({ id: 'Change' });

function kindRoutes(app: ZodApp, ctx: ServerContext, kind: EntityKind): void {
  const schema = entitySchemas[kind].meta({ id: typeName(kind) });
  const base = `/api/records/${kind}`;
  const tags = ['records'];

  app.get(base, {
    schema: {
      summary: `The county's ${kind}`,
      description: 'Without `since`: every live record. With `since`: every change (tombstones included) with a county revision above it.',
      tags, security: secured,
      querystring: z.object({ since: z.coerce.number().int().min(0).optional() }),
      response: { 200: z.object({ records: z.array(schema), countyRevision: z.number().int() }), ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    const { since } = request.query;
    return ctx.store.snapshot(async (trx) => {
      let query = trx.selectFrom('records').select('data').where('county', '=', actor.county).where('kind', '=', kind);
      query = since === undefined ? query.where('deleted', '=', 0) : query.where('county_revision', '>', since);
      const rows = await query.orderBy('county_revision').execute();
      const county = await trx.selectFrom('counties').select('revision').where('key', '=', actor.county).executeTakeFirstOrThrow();
      return { records: rows.map((r) => JSON.parse(r.data) as z.infer<typeof schema>), countyRevision: county.revision };
    });
  });

  app.get(`${base}/:id`, {
    schema: { summary: `One of the county's ${kind}`, tags, security: secured, params: idParams, response: { 200: z.object({ record: schema }), ...refusals } },
  }, async (request) => {
    const actor = actorOf(request);
    const row = await ctx.store.db.selectFrom('records').select(['data', 'deleted']).where('county', '=', actor.county).where('kind', '=', kind).where('id', '=', request.params.id).executeTakeFirst();
    if (!row || row.deleted === 1) throw new ApiError(404, 'not_found', `There is no ${kind}/${request.params.id}.`);
    return { record: JSON.parse(row.data) as z.infer<typeof schema> };
  });

  app.get(`${base}/:id/history`, {
    schema: {
      summary: `Every revision of one of the ${kind}: who changed what and when`,
      tags, security: secured, params: idParams,
      response: {
        200: z.object({
          revisions: z.array(z.object({
            revision: z.number().int(), countyRevision: z.number().int(), deleted: z.boolean(), updatedBy: z.string(), updatedAt: z.string(), record: schema,
            refused: z.boolean().optional().describe('true: a new entry the rules refused at sync (M14), kept deleted for the coordinator to restore, not a deletion by its author'),
          })),
        }),
        ...refusals,
      },
    },
  }, async (request) => {
    const actor = actorOf(request);
    const rows = await ctx.store.db.selectFrom('record_history').selectAll().where('county', '=', actor.county).where('kind', '=', kind).where('id', '=', request.params.id).orderBy('county_revision').execute();
    if (rows.length === 0) throw new ApiError(404, 'not_found', `There is no ${kind}/${request.params.id}.`);
    // A refused new entry is stored as a tombstone in its author's name (M14); the history says
    // so, or it would read as if its author had deleted it (issue 18).
    const refusals = await ctx.store.db.selectFrom('sync_conflicts').select('county_revision').where('county', '=', actor.county).where('kind', '=', kind)
      .where('record_id', '=', request.params.id).where('reason', '=', 'rejected').where('path', '=', '[]').execute();
    const refused = new Set(refusals.map((c) => c.county_revision));
    return {
      revisions: rows.map((r) => ({
        revision: r.revision, countyRevision: r.county_revision, deleted: r.deleted === 1, updatedBy: r.updated_by, updatedAt: r.updated_at, record: JSON.parse(r.data) as z.infer<typeof schema>,
        ...(r.deleted === 1 && refused.has(r.county_revision) ? { refused: true } : {}),
      })),
    };
  });

  app.put(`${base}/:id`, {
    schema: {
      summary: `Create or change one of the ${kind}`,
      tags, security: secured, params: idParams, querystring: revisionQuery, body: schema,
      response: { 200: writeAnswer(schema), ...refusals },
    },
    preValidation: (request, _reply, done) => {
      const { role } = actorOf(request);
      done(mayPut(kind, role) ? undefined : new ApiError(403, 'forbidden', `A ${role} may not change ${kind}.`, { kind }));
    },
  }, async (request) => {
    const actor = actorOf(request);
    const change: Change = { op: 'put', kind, id: request.params.id, record: request.body, baseRevision: request.query.baseRevision };
    const { written, countyRevision } = await applyWrites(ctx.store, actor, [change], ctx.now());
    return { record: written[0]!.record, countyRevision };
  });

  app.delete(`${base}/:id`, {
    schema: {
      summary: `Delete one of the ${kind} (a tombstone stays, so the deletion reaches every device)`,
      tags, security: secured, params: idParams, querystring: revisionQuery,
      response: { 200: writeAnswer(schema), ...refusals },
    },
    preValidation: (request, _reply, done) => {
      const { role } = actorOf(request);
      done(grant(kind, 'delete', role) ? undefined : new ApiError(403, 'forbidden', `A ${role} may not delete ${kind}.`, { kind }));
    },
  }, async (request) => {
    const actor = actorOf(request);
    const { written, countyRevision } = await applyWrites(ctx.store, actor, [{ op: 'delete', kind, id: request.params.id, baseRevision: request.query.baseRevision }], ctx.now());
    return { record: written[0]!.record, countyRevision };
  });
}

export function recordRoutes(app: ZodApp, ctx: ServerContext): void {
  for (const kind of entityKinds) kindRoutes(app, ctx, kind);

  app.post('/api/writes', {
    schema: {
      summary: 'Several changes as one: all are stored, in order, or none',
      tags: ['records'], security: secured,
      body: z.object({ changes: z.array(changeSchema).min(1).max(500) }).meta({ id: 'Writes' }),
      response: {
        200: z.object({ written: z.array(z.object({ kind: z.string(), id: z.string(), revision: z.number().int(), countyRevision: z.number().int() })), countyRevision: z.number().int() }),
        ...refusals,
      },
    },
  }, async (request) => {
    const { written, countyRevision } = await applyWrites(ctx.store, actorOf(request), request.body.changes, ctx.now());
    return { written: written.map(({ kind, id, revision, countyRevision: at }) => ({ kind, id, revision, countyRevision: at })), countyRevision };
  });

  // Any other kind: a clear refusal instead of a bare 404.
  for (const url of ['/api/records/:kind', '/api/records/:kind/:id', '/api/records/:kind/:id/history']) {
    app.route({
      method: ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'],
      url,
      schema: { hide: true },
      handler: (request) => {
        const { kind } = request.params as { kind: string };
        throw new ApiError(404, 'unknown_kind', `There is no entity kind ${kind}; the kinds are ${entityKinds.join(', ')}.`);
      },
    });
  }
}
