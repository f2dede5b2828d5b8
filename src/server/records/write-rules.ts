// The core's rules that need more than the record itself (other records of the county, today's
// date), asked on the server as the app's own write path asks them (src/db/write-rules.ts), so a
// value the app's forms refuse cannot come in through the API or a sync either. Records written
// earlier in the same request (`pending`) count as stored.
import { sql } from 'kysely';
import { measurementRuleProblems } from '../../core/measurement-rules';
import { progressNoteProblems } from '../../core/progress-note-rules';
import type { EntityKind, Indicator, Measure, Measurement } from '../../core/schema';
import type { Problem } from '../../core/validation';
import type { StoreKind, Trx } from '../storage/store';

export type Pending = Map<string, { deleted: boolean; record: Record<string, unknown> }>;

/** The indicator's field inside the stored JSON, in each store's dialect. */
function indicatorIdOf(kind: StoreKind) {
  return kind === 'sqlite' ? sql<string>`json_extract(data, '$.indicatorId')` : sql<string>`(data::json ->> 'indicatorId')`;
}

async function measurementProblems(trx: Trx, storeKind: StoreKind, county: string, next: Measurement, pending: Pending, today: string): Promise<Problem[]> {
  const inBatch = pending.get(`indicators/${next.indicatorId}`);
  const row = inBatch ? undefined : await trx.selectFrom('records').select(['data', 'deleted']).where('county', '=', county).where('kind', '=', 'indicators').where('id', '=', next.indicatorId).executeTakeFirst();
  const indicator = inBatch ?? (row ? { deleted: row.deleted === 1, record: JSON.parse(row.data) as Record<string, unknown> } : undefined);
  // A missing or deleted indicator is the reference check's to report.
  if (!indicator || indicator.deleted) return [];
  const rows = await trx.selectFrom('records').select('data').where('county', '=', county).where('kind', '=', 'measurements').where('deleted', '=', 0).where(indicatorIdOf(storeKind), '=', next.indicatorId).execute();
  const siblings = new Map(rows.map((r) => { const m = JSON.parse(r.data) as Measurement; return [m.id, m]; }));
  for (const [key, { record }] of pending) if (key.startsWith('measurements/')) siblings.set(record.id as string, record as Measurement);
  return measurementRuleProblems(indicator.record as Indicator, next, [...siblings.values()], today);
}

/** Problems of a schema-checked live record beyond its schema; `previous` is the stored version it replaces. */
export async function writeRuleProblems(trx: Trx, storeKind: StoreKind, county: string, kind: EntityKind, next: Record<string, unknown>, previous: Record<string, unknown> | undefined, pending: Pending, today: string): Promise<Problem[]> {
  if (next.deleted === true) return [];
  if (kind === 'measurements') return measurementProblems(trx, storeKind, county, next as Measurement, pending, today);
  if (kind === 'measures') return progressNoteProblems((previous as Measure | undefined)?.progressNotes ?? [], (next as Measure).progressNotes, today);
  return [];
}
