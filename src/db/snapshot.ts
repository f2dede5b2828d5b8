// Export and import of the whole local database as one snapshot. Import replaces everything
// in a single transaction: either the whole snapshot is in, or the database is as it was.
import type { ParsedSnapshot, Snapshot } from '../core/snapshot';
import { emptyRecords, makeSnapshot, parseSnapshotText } from '../core/snapshot';
import { entityKinds } from '../core/schema';
import { db } from './database';
import { replaceAll } from './replace-all';
import { setMeta } from './write';

export { replaceAll } from './replace-all';

export { LAST_EXPORT_KEY } from './meta-keys';
import { LAST_EXPORT_KEY } from './meta-keys';

/** Every record, tombstones included, so deletions travel with the snapshot. */
export async function exportSnapshot(now = new Date().toISOString()): Promise<Snapshot> {
  const database = db();
  const records = emptyRecords();
  await database.transaction('r', entityKinds.map((kind) => database.entities(kind)), async () => {
    for (const kind of entityKinds) {
      (records[kind] as unknown[]) = await database.entities(kind).toArray();
    }
  });
  return makeSnapshot(records, now);
}

// A backup goes back as it was saved, judged whole (schema, duplicate ids, references) rather than by the rulebook, so rules added since do not lock a person out of it.
/** Checks snapshot text and, only if it is clean, replaces the database with it. */
export async function importSnapshotText(text: string): Promise<ParsedSnapshot> {
  const parsed = parseSnapshotText(text);
  if (parsed.ok) await replaceAll(parsed.snapshot.records);
  return parsed;
}

/** Records that the person saved an export, for the storage-safety reminder. */
export async function markExported(at: string): Promise<void> {
  await setMeta(LAST_EXPORT_KEY, at);
}
