// The rulebook's lookup over records held in memory, for the core's tests: the county as a list
// of records, and the keys a batch brings later.
import type { RecordLookup } from '../../../src/core/rulebook/lookup';
import type { AnyEntity, EntityKind, EntityOf, Measurement } from '../../../src/core/schema';

export class MemoryLookup implements RecordLookup {
  private readonly records = new Map<string, AnyEntity>();

  constructor(stored: { kind: EntityKind; record: AnyEntity }[] = [], private readonly arriving: ReadonlySet<string> = new Set()) {
    for (const { kind, record } of stored) this.records.set(`${kind}/${record.id}`, record);
  }

  record<K extends EntityKind>(kind: K, id: string): Promise<EntityOf<K> | undefined> {
    return Promise.resolve(this.records.get(`${kind}/${id}`) as EntityOf<K> | undefined);
  }

  liveMeasurementsOf(indicatorId: string): Promise<Measurement[]> {
    const all = [...this.records.entries()].filter(([key]) => key.startsWith('measurements/')).map(([, record]) => record as Measurement);
    return Promise.resolve(all.filter((m) => !m.deleted && m.indicatorId === indicatorId));
  }

  arrives(kind: EntityKind, id: string): boolean {
    return this.arriving.has(`${kind}/${id}`);
  }
}

/** A lookup in which every reference holds and no other record exists: the role alone decides. */
export const everythingArrives: RecordLookup = {
  record: () => Promise.resolve(undefined),
  liveMeasurementsOf: () => Promise.resolve([]),
  arrives: () => true,
};
