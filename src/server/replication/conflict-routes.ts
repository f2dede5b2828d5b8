// The coordinator's conflicts (SPEC.md H4): every value that lost a merge, open ones first, and
// their resolution, once each: restore the losing value as a new revision, or dismiss it.
//
// A restore writes a value someone else lost, so it is judged with the rights of both: the
// coordinator's, who restores, and the loser's, whose value it is. The sync checks what a device
// reports against its sender's rights when it arrives (sync.ts), but a conflict stored before
// that check (a caseworker's planted offer description, in a database or a backup) would
// otherwise be written with the coordinator's rights by one click. The loser's role is their
// account's role now; a name no account of the county holds gets a caseworker's rights, the
// fewest a person of the county has.
import { z } from 'zod';
import type { Role } from '../../core/rulebook/roles';
import { conflictStatuses, syncConflict } from '../../core/merge/protocol';
import type { ServerContext } from '../context';
import { actorOf, requireCoordinator } from '../http/authenticate';
import { ApiError, errorBody } from '../http/errors';
import type { ZodApp } from '../http/zod-app';
import { conflictOf } from './conflicts';
import { restoreValue } from './restore';
import { logSecurity } from '../security/security-log';
import type { Trx } from '../storage/store';

const secured = [{ bearer: [] }];
const tags = ['conflicts'];
const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

async function roleOf(trx: Trx, county: string, name: string): Promise<Role> {
  const account = await trx.selectFrom('accounts').select('role').where('county', '=', county).where('name', '=', name).executeTakeFirst();
  return account?.role ?? 'caseworker';
}

export function conflictRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get('/api/conflicts', {
    schema: {
      summary: 'The county\'s conflicts: values that lost a merge, open ones first, newest first (coordinator)',
      tags, security: secured,
      querystring: z.object({ status: z.enum(conflictStatuses).optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      response: { 200: z.object({ conflicts: z.array(syncConflict), open: z.number().int() }), ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    const { status, limit } = request.query;
    let query = ctx.store.db.selectFrom('sync_conflicts').selectAll().where('county', '=', actor.county);
    if (status) query = query.where('status', '=', status);
    const rows = await query
      .orderBy((eb) => eb.case().when('status', '=', 'open').then(0).else(1).end())
      .orderBy('county_revision', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    const open = await ctx.store.db.selectFrom('sync_conflicts').select((eb) => eb.fn.countAll<number>().as('n')).where('county', '=', actor.county).where('status', '=', 'open').executeTakeFirstOrThrow();
    // The loser's role, for her screen to offer only a restore their role allows (restore-grant.ts).
    const names = [...new Set(rows.map((row) => row.lost_by))];
    const accounts = names.length === 0 ? [] : await ctx.store.db.selectFrom('accounts').select(['name', 'role']).where('county', '=', actor.county).where('name', 'in', names).execute();
    const roles = new Map(accounts.map((account) => [account.name, account.role]));
    return { conflicts: rows.map((row) => ({ ...conflictOf(row), lostByRole: roles.get(row.lost_by) ?? 'caseworker' })), open: Number(open.n) };
  });

  app.post('/api/conflicts/:id/resolve', {
    schema: {
      summary: 'Resolve a conflict: restore the losing value as a new revision, or dismiss it (coordinator)',
      tags, security: secured,
      params: z.object({ id: z.uuid() }),
      body: z.object({ action: z.enum(['restore', 'dismiss']) }).meta({ id: 'Resolve' }),
      response: { 200: z.object({ conflict: syncConflict, record: z.record(z.string(), z.unknown()).nullable(), countyRevision: z.number().int().nullable() }), ...refusals },
    },
  }, async (request) => {
    const actor = actorOf(request);
    requireCoordinator(actor);
    return ctx.store.transaction(async (trx) => {
      const row = await trx.selectFrom('sync_conflicts').selectAll().where('county', '=', actor.county).where('id', '=', request.params.id).executeTakeFirst();
      if (!row) throw new ApiError(404, 'not_found', `There is no conflict ${request.params.id}.`);
      if (row.status !== 'open') throw new ApiError(409, 'already_resolved', `The conflict was ${row.status} by ${row.resolved_by ?? 'someone'} at ${row.resolved_at ?? 'an earlier time'}.`, { status: row.status });
      const conflict = conflictOf(row);
      let record: Record<string, unknown> | null = null;
      let countyRevision: number | null = null;
      if (request.body.action === 'restore') {
        const onBehalfOf = { name: conflict.lostBy, role: await roleOf(trx, actor.county, conflict.lostBy) };
        const outcome = await restoreValue(trx, ctx.store.kind, actor, conflict.kind, conflict.recordId, conflict.path, conflict.lost, ctx.now(), onBehalfOf);
        record = outcome.settled.get(`${conflict.kind}/${conflict.recordId}`)!.record;
        countyRevision = outcome.countyRevision;
      }
      const status = request.body.action === 'restore' ? ('restored' as const) : ('dismissed' as const);
      const at = ctx.now().toISOString();
      await trx.updateTable('sync_conflicts').set({ status, resolved_by: actor.name, resolved_at: at }).where('id', '=', row.id).execute();
      logSecurity(request.log, { event: 'conflict_resolved', county: actor.county, by: actor.name, conflict: row.id, action: request.body.action });
      return { conflict: { ...conflict, status, resolvedBy: actor.name, resolvedAt: at }, record, countyRevision };
    });
  });
}
