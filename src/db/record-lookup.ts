// The app's lookup for the rulebook (src/core/rulebook/lookup.ts), over IndexedDB inside the
// write's transaction: the records a batch judged so far over what is stored, so the records
// of one batch (a CSV import, an entry and the report it settles) are judged against each other.
// Each stored record is read once per write.
import type { RecordLookup } from '../core/rulebook/lookup';
import type { AnyEntity, EntityKind, EntityOf, Measurement } from '../core/schema';
import { db } from './database';

const keyOf = (kind: EntityKind, id: string) => `${kind}/${id}`;

export class DeviceLookup implements RecordLookup {
  private readonly judged = new Map<string, AnyEntity>();
  private readonly read = new Map<string, AnyEntity | undefined>();
  private readonly measurements = new Map<string, Map<string, Measurement>>();

  /** `arriving`: "kind/id" of the live records the batch brings, wherever they stand in it. */
  constructor(private readonly arriving: ReadonlySet<string> = new Set()) {}

  async record<K extends EntityKind>(kind: K, id: string): Promise<EntityOf<K> | undefined> {
    const key = keyOf(kind, id);
    const judged = this.judged.get(key);
    if (judged) return judged as EntityOf<K>;
    if (!this.read.has(key)) this.read.set(key, await db().anyTable(kind).get(id));
    return this.read.get(key) as EntityOf<K> | undefined;
  }

  arrives(kind: EntityKind, id: string): boolean {
    return this.arriving.has(keyOf(kind, id));
  }

  async liveMeasurementsOf(indicatorId: string): Promise<Measurement[]> {
    let byId = this.measurements.get(indicatorId);
    if (!byId) {
      const stored = await db().entities('measurements').where('indicatorId').equals(indicatorId).toArray();
      byId = new Map(stored.filter((m) => !m.deleted).map((m) => [m.id, m]));
      for (const [key, record] of this.judged) {
        if (!key.startsWith('measurements/')) continue;
        byId.delete(record.id);
        const measurement = record as Measurement;
        if (!measurement.deleted && measurement.indicatorId === indicatorId) byId.set(record.id, measurement);
      }
      this.measurements.set(indicatorId, byId);
    }
    return [...byId.values()];
  }

  /** A record the batch will store: later records of the batch are judged against it. */
  judgedAs(kind: EntityKind, record: AnyEntity): void {
    this.judged.set(keyOf(kind, record.id), record);
    if (kind !== 'measurements') return;
    const measurement = record as Measurement;
    for (const [indicatorId, byId] of this.measurements) {
      byId.delete(record.id);
      if (indicatorId === measurement.indicatorId && !measurement.deleted) byId.set(record.id, measurement);
    }
  }
}
