// A first sync brings a whole county: its records are stored a slice at a time, and the
// screen gets a turn between slices instead of freezing until all are stored.
import { db } from '../../src/db/database';
import { applyInSlices, SLICE } from '../../src/replica/apply-answer';
import { factories, freshDatabase } from '../factories';

beforeEach(() => {
  freshDatabase();
});

test('a large change set is stored in slices, with progress after each', async () => {
  const count = SLICE * 2 + 10;
  const items = Array.from({ length: count }, () => ({ kind: 'referrals' as const, record: { ...factories.referrals(), revision: 1 } }));
  const progress: number[] = [];

  await applyInSlices(items, [], new Set(), (done) => progress.push(done));

  expect(progress).toEqual([SLICE, SLICE * 2, count]);
  expect(await db().entities('referrals').count()).toBe(count);
  expect(await db().outbox.count()).toBe(0);
});
