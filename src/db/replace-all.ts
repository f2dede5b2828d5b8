// Writing a whole set of records over the database. Apart from the snapshot module so that
// loading the example, whose records were checked when the app was built, needs no schemas.
import type { SnapshotRecords } from '../core/snapshot';
import { entityKinds } from '../core/vocabulary';
import { db } from './database';

/** Writes checked records over the current data, atomically. */
export async function replaceAll(records: SnapshotRecords): Promise<void> {
  const database = db();
  await database.transaction('rw', entityKinds.map((kind) => database.entities(kind)), async () => {
    for (const kind of entityKinds) {
      const table = database.anyTable(kind);
      await table.clear();
      await table.bulkAdd(records[kind]);
    }
  });
}
