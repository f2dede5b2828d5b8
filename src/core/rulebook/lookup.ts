// What the rulebook needs of the county's other records, asked through this interface: the app
// implements it over IndexedDB inside the write's transaction (src/db/record-lookup.ts), the
// server over the request's record cache (src/server/records/record-lookup.ts). Each answers as
// its write sees the county: what the write's batch judged so far over what was stored, so the
// records of one batch are judged against each other (two values for one period in one import).
import type { EntityKind, EntityOf, Measurement } from '../schema';

export type RecordLookup = {
  /** A record of the kind, tombstones included; undefined when there is none. */
  record<K extends EntityKind>(kind: K, id: string): Promise<EntityOf<K> | undefined>;
  /** The live measurements of an indicator: one value per period and place. */
  liveMeasurementsOf(indicatorId: string): Promise<Measurement[]>;
  /** Whether a change of this batch that is judged later brings this record, live: a reference to it holds. */
  arrives(kind: EntityKind, id: string): boolean;
};
