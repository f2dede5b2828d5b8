// A one-change sync must not slow down as the county's history grows (issue 17, item 5): the
// base revision of each change is read by id and revision (readBases in apply-writes.ts, which
// names no kind), and the history's indexes all began with the kind, so the lookup scanned
// every revision of the county. The database must answer that lookup from an index on
// (county, id, revision). The cost itself is in `npm run bench`
// (sync_*_one_change_history_40000_vs_10000, about 1 x).
import { randomUUID } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import { addAccount } from '../../src/server/accounts/accounts';
import type { Store } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import type { RecordHistoryTable } from '../../src/server/storage/tables';
import { anna, freshStoreOptions, storeKind, testHashing } from './harness';

const HISTORY = 5_000;

/** The county's history: `size` revisions of goals, written as the sync writes them. */
async function historyOf(store: Store, size: number): Promise<RecordHistoryTable[]> {
  const rows = Array.from({ length: size }, (_, n): RecordHistoryTable => ({
    county: anna.county, county_revision: n + 1, kind: 'goals', id: randomUUID(), revision: 1, deleted: 0,
    data: '{}', account_id: 'a', updated_by: anna.name, updated_at: '2026-03-01T10:00:00.000Z',
  }));
  await store.transaction(async (trx) => {
    for (let start = 0; start < rows.length; start += 500) await trx.insertInto('record_history').values(rows.slice(start, start + 500)).execute();
  });
  return rows;
}

/** How the database would run the lookup readBases makes for these changes. */
async function planOfBaseLookup(store: Store, wanted: { id: string; revision: number }[]): Promise<string> {
  const query = store.db
    .selectFrom('record_history')
    .select(['kind', 'id', 'revision', 'data'])
    .where('county', '=', anna.county)
    .where((eb) => eb(eb.refTuple('id', 'revision'), 'in', wanted.map((w) => eb.tuple(w.id, w.revision))))
    .compile();
  const explain = storeKind === 'sqlite' ? 'explain query plan ' : 'explain ';
  const { rows } = await store.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(explain + query.sql, [...query.parameters]));
  return rows.map((row) => String(row.detail ?? row['QUERY PLAN'])).join('\n');
}

describe(`the history's index for a sync's base revisions (${storeKind})`, () => {
  it('5: a sync reads the base revisions of its changes from the (county, id, revision) index, not by scanning the county\'s history', async () => {
    const store = await openStore(await freshStoreOptions());
    try {
      await store.transaction((trx) => addAccount(trx, anna, testHashing, new Date(), true));
      const history = await historyOf(store, HISTORY);
      // With statistics, as a database in use has them: a planner may rightly scan a tiny table.
      await store.db.executeQuery(CompiledQuery.raw('analyze'));
      const plan = await planOfBaseLookup(store, [history[10]!, history[4_000]!]);
      expect(plan).toContain('record_history_id_revision');
    } finally {
      await store.close();
    }
  });
});
