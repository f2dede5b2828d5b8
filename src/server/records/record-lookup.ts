// The server's lookup for the rulebook (src/core/rulebook/lookup.ts): the county's records as
// one request sees them, what it wrote so far over what is stored, read once each, so a sync of
// thousands of records asks the store about each record once.
import { sql } from 'kysely';
import type { RecordLookup } from '../../core/rulebook/lookup';
import type { EntityKind, EntityOf, Measurement } from '../../core/schema';
import type { StoreKind, Trx } from '../storage/store';

export type StoredRecord = { revision: number; deleted: boolean; record: Record<string, unknown> };

export class RecordCache implements RecordLookup {
  private readonly known = new Map<string, StoredRecord | null>();
  /** Live measurements by indicator, loaded when a rule first needs them, then kept current. */
  private readonly measurements = new Map<string, Map<string, Measurement>>();
  /** "kind/id" of the live records the request brings, wherever they stand in it. */
  private readonly arriving = new Set<string>();

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

  /** Notes the live records the request brings, before any is judged: references to them hold. */
  expect(keys: Iterable<string>): void {
    for (const key of keys) this.arriving.add(key);
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

  // ---- the rulebook's lookup ----

  async record<K extends EntityKind>(kind: K, id: string): Promise<EntityOf<K> | undefined> {
    const stored = await this.get(kind, id);
    if (!stored) return undefined;
    // Stored data was checked against its kind's schema when it was written.
    return (stored.deleted === (stored.record.deleted === true) ? stored.record : { ...stored.record, deleted: stored.deleted }) as EntityOf<K>;
  }

  arrives(kind: EntityKind, id: string): boolean {
    return this.arriving.has(`${kind}/${id}`);
  }

  /** The live measurements of an indicator (the stored field read in each store's dialect). */
  async liveMeasurementsOf(indicatorId: string): Promise<Measurement[]> {
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
