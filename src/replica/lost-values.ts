// A value of this person that lost a conflict can stand again: the coordinator restored it (a
// refused entry is back, the field holds their value). The notice then says who restored it
// instead of still showing the old value as lost (issue 18), and no longer asks to be looked at.
// Checked after every sync, against the records as they arrived.
import { sameJson } from '../core/merge/json';
import { valueAt } from '../core/merge/paths';
import { db } from '../db/database';
import type { LostValue } from './sync-keys';
import { SYNC_LOST_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

/** Whether the person's value is what the record holds now. */
export function standsAgain(note: Pick<LostValue, 'path' | 'mine'>, record: Record<string, unknown> | undefined): boolean {
  if (!record || record.deleted === true) return false;
  if (note.path.length === 0) return true;
  return sameJson(valueAt(record, note.path), note.mine);
}

/** Marks each notice whose value stands again with who wrote it back. */
export async function noteRestoredValues(): Promise<void> {
  const notes = (await readMeta<LostValue[]>(SYNC_LOST_KEY)) ?? [];
  let changed = false;
  for (const note of notes) {
    if (note.restoredBy) continue;
    const record = await db().anyTable(note.kind).get(note.id);
    if (!standsAgain(note, record)) continue;
    note.restoredBy = typeof record?.updatedBy === 'string' ? record.updatedBy : '';
    changed = true;
  }
  if (changed) await writeMeta(SYNC_LOST_KEY, notes);
}
