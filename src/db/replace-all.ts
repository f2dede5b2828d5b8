// Writing a whole set of records over the database. Apart from the snapshot module so that
// loading the example, whose records were checked when the app was built, needs no schemas.
import type { SnapshotRecords } from '../core/snapshot';
import { db } from './database';
import { SYNC_SINCE_KEY } from './meta-keys';
import type { Origin } from './write';
import { fullWriteScope, replaceRecords, setMeta } from './write';

// Not judged by the rulebook: a whole set is nobody's change to a record, judged whole where it came from (parseSnapshot, the build, the server), and the server judges what it changes at the next sync.
/**
 * Writes checked records over the current data, atomically. From this device ('local': a
 * backup, the example) every differing record becomes a change for sync, and the next sync
 * fetches the county's data again from the start, so records the set lacks come back from
 * the server instead of being deleted there. The county's own data ('sync', on a first
 * connection) replaces everything and leaves nothing to send.
 */
export async function replaceAll(records: SnapshotRecords, origin: Origin = 'local'): Promise<void> {
  const database = db();
  await database.transaction('rw', fullWriteScope(), async () => {
    await replaceRecords(records, origin);
    const since = (await database.meta.get(SYNC_SINCE_KEY))?.value;
    if (origin === 'local' && typeof since === 'number' && since > 0) await setMeta(SYNC_SINCE_KEY, 0);
  });
}
