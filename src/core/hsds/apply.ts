// Applying an accepted plan to a set of records (a snapshot): written records replace those with
// the same id, new ones are appended. The database does the same in db/hsds-import.ts.
import type { SnapshotRecords } from '../snapshot';
import type { HsdsPlan } from './plan';

export function applyPlanToRecords(records: SnapshotRecords, plan: HsdsPlan): SnapshotRecords {
  if (!plan.accepted) return records;
  const merge = <T extends { id: string }>(rows: T[], writes: T[]): T[] => {
    const byId = new Map(writes.map((row) => [row.id, row]));
    const replaced = rows.map((row) => byId.get(row.id) ?? row);
    const present = new Set(rows.map((row) => row.id));
    return [...replaced, ...writes.filter((row) => !present.has(row.id))];
  };
  return {
    ...records,
    providers: merge(records.providers, plan.writes.providers),
    offers: merge(records.offers, plan.writes.offers),
    locations: merge(records.locations, plan.writes.locations),
  };
}
