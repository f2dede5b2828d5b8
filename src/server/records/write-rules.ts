// The core's rules that need more than the record itself (other records of the county, today's
// date), asked on the server as the app's own write path asks them (src/db/write-rules.ts), so a
// value the app's forms refuse cannot come in through the API or a sync either.
import { sql } from 'kysely';
import { measurementRuleProblems } from '../../core/measurement-rules';
import { pastDateProblems } from '../../core/past-date-rules';
import { progressNoteProblems } from '../../core/progress-note-rules';
import type { EntityKind, Indicator, Measure, Measurement } from '../../core/schema';
import type { Problem } from '../../core/validation';
import type { StoreKind, Trx } from '../storage/store';

export type StoredRecord = { revision: number; deleted: boolean; record: Record<string, unknown> };

/**
 * The county's records as one request sees them: what it wrote so far over what is stored,
 * read once each, so a sync of thousands of records asks the store about each record once.
 */
export class RecordCache {
  private readonly known = new Map<string, StoredRecord | null>();
  /** Live measurements by indicator, loaded when a rule first needs them, then kept current. */
  private readonly measurements = new Map<string, Map<string, Measurement>>();

  constructor(private readonly trx: Trx, private readonly storeKind: StoreKind, private readonly county: string) {}

  /** Reads the records of these "kind/id" keys in a few queries (a sync names them all up front). */
  async prefetch(keys: string[]): Promise<void> {
    const missing = keys.filter((key) => !this.known.has(key));
    for (let i = 0; i < missing.length; i += 500) {
      const chunk = missing.slice(i, i + 500);
      const ids = [...new Set(chunk.map((key) => key.slice(key.indexOf('/') + 1)))];
      const rows = await this.trx.selectFrom('records').select(['kind', 'id', 'revision', 'deleted', 'data']).where('county', '=', this.county).where('id', 'in', ids).execute();
      for (const key of chunk) this.known.set(key, null);
      for (const row of rows) this.known.set(`${row.kind}/${row.id}`, { revision: row.revision, deleted: row.deleted === 1, record: JSON.parse(row.data) as Record<string, unknown> });
    }
  }

  async get(kind: EntityKind, id: string): Promise<StoredRecord | undefined> {
    const key = `${kind}/${id}`;
    if (!this.known.has(key)) {
      const row = await this.trx.selectFrom('records').select(['revision', 'deleted', 'data']).where('county', '=', this.county).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
      this.known.set(key, row ? { revision: row.revision, deleted: row.deleted === 1, record: JSON.parse(row.data) as Record<string, unknown> } : null);
    }
    return this.known.get(key) ?? undefined;
  }

  /** Records what the request stored, so later changes of the same request see it. */
  wrote(kind: EntityKind, id: string, stored: StoredRecord): void {
    this.known.set(`${kind}/${id}`, stored);
    if (kind !== 'measurements') return;
    const measurement = stored.record as Measurement;
    for (const [indicatorId, byId] of this.measurements) {
      byId.delete(id);
      if (indicatorId === measurement.indicatorId && !stored.deleted) byId.set(id, measurement);
    }
  }

  /** The live measurements of an indicator (the stored field read in each store's dialect). */
  async measurementsOf(indicatorId: string): Promise<Measurement[]> {
    let byId = this.measurements.get(indicatorId);
    if (!byId) {
      const field = this.storeKind === 'sqlite' ? sql<string>`json_extract(data, '$.indicatorId')` : sql<string>`(data::json ->> 'indicatorId')`;
      const rows = await this.trx.selectFrom('records').select(['id', 'data']).where('county', '=', this.county).where('kind', '=', 'measurements').where('deleted', '=', 0).where(field, '=', indicatorId).execute();
      byId = new Map(rows.map((row) => [row.id, JSON.parse(row.data) as Measurement]));
      // What this request already wrote counts over what was stored.
      for (const [key, stored] of this.known) {
        if (!key.startsWith('measurements/') || !stored) continue;
        const id = key.slice('measurements/'.length);
        byId.delete(id);
        if (!stored.deleted && (stored.record as Measurement).indicatorId === indicatorId) byId.set(id, stored.record as Measurement);
      }
      this.measurements.set(indicatorId, byId);
    }
    return [...byId.values()];
  }
}

async function measurementProblems(cache: RecordCache, next: Measurement, today: string): Promise<Problem[]> {
  const indicator = await cache.get('indicators', next.indicatorId);
  // A missing or deleted indicator is the reference check's to report.
  if (!indicator || indicator.deleted) return [];
  return measurementRuleProblems(indicator.record as Indicator, next, await cache.measurementsOf(next.indicatorId), today);
}

/** Problems of a schema-checked live record beyond its schema; `previous` is the stored version it replaces. */
export async function writeRuleProblems(cache: RecordCache, kind: EntityKind, next: Record<string, unknown>, previous: Record<string, unknown> | undefined, today: string): Promise<Problem[]> {
  if (next.deleted === true) return [];
  const dates = pastDateProblems(kind, previous, next, today);
  if (kind === 'measurements') return [...dates, ...(await measurementProblems(cache, next as Measurement, today))];
  if (kind === 'measures') return [...dates, ...progressNoteProblems((previous as Measure | undefined)?.progressNotes ?? [], (next as Measure).progressNotes, today)];
  return dates;
}
