// The changes waiting for the server, as a person knows them: which entry, what changed in it,
// when and by whom. The sync screen lists them before they are sent or saved as a file.
import type { EntityKind } from '../core/schema';
import { fieldChanges } from '../core/field-changes';
import { pendingChanges } from '../db/outbox';
import { recordTitle } from './record-title';

export type PendingItem = {
  key: string;
  kind: EntityKind;
  id: string;
  title: string;
  /** created: new on this device; deleted: deleted here; changed: the fields in `fields`. */
  what: 'created' | 'changed' | 'deleted';
  fields: string[];
  at: string;
  by: string;
};

export async function pendingList(): Promise<PendingItem[]> {
  const { entries } = await pendingChanges();
  return entries
    .map((entry): PendingItem => {
      const { record, base } = entry;
      const what = record.deleted && !base?.deleted ? 'deleted' : base === null ? 'created' : 'changed';
      const fields = what === 'changed' && base ? Object.keys(fieldChanges(base, record).changes).filter((field) => field !== 'provenance') : [];
      return { key: entry.key, kind: entry.kind, id: entry.id, title: recordTitle(record, entry.key), what, fields, at: record.updatedAt, by: entry.author ?? record.updatedBy };
    })
    .sort((a, b) => (a.at < b.at ? 1 : -1));
}
