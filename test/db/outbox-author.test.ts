// Who made a change waits with it in the outbox (SPEC P15): a tablet passed to the next person,
// or a sync that folds the server's news into the change, does not re-sign it; the request the
// device sends names the person who made it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Goal } from '../../src/core/schema';
import { setAuthor } from '../../src/db/context';
import { adoptAuthor, releaseAuthor, saveAuthor } from '../../src/db/author';
import { db } from '../../src/db/database';
import { AUTHOR_KEY } from '../../src/db/meta-keys';
import { applyIncoming, pendingChanges } from '../../src/db/outbox';
import { update } from '../../src/db/repository';
import { browserClock } from '../../src/replica/build-attempt';
import { syncAttempt } from '../../src/replica/build-attempt';
import { freshDatabase, makeFieldOfAction, makeGoal } from '../factories';

const field = makeFieldOfAction();
let goal: Goal;

beforeEach(async () => {
  freshDatabase();
  goal = makeGoal({ fieldId: field.id, revision: 3, updatedBy: 'anna' });
  await applyIncoming({ fieldsOfAction: [field], goals: [goal] }, [], {});
});

afterEach(() => setAuthor(''));

const sentGoal = async () => (await syncAttempt(browserClock, new Set(), [])).request.changes.records.goals?.[0];

it('a change keeps the name of the person who made it after someone else takes over the tablet', async () => {
  setAuthor('ben');
  await update('goals', goal.id, { title: 'Mehr Erwachsene erreichen B2' });
  setAuthor('carla');

  const [entry] = (await pendingChanges()).entries;
  expect(entry?.author).toBe('ben');
  expect(await sentGoal()).toMatchObject({ title: 'Mehr Erwachsene erreichen B2', updatedBy: 'ben' });
});

it('the next person\'s edit of the same entry is theirs', async () => {
  setAuthor('ben');
  await update('goals', goal.id, { title: 'Erst Ben' });
  setAuthor('carla');
  await update('goals', goal.id, { title: 'Dann Carla' });

  expect(await sentGoal()).toMatchObject({ title: 'Dann Carla', updatedBy: 'carla' });
});

it('folding the server\'s news into the change leaves it signed by its author, not by the server\'s last writer', async () => {
  setAuthor('ben');
  await update('goals', goal.id, { title: 'Bens Titel' });
  // The coordinator changed another field meanwhile; the sync that brings it folds Ben's edit over it.
  const news = { ...goal, description: 'Von Anna', revision: 4, updatedBy: 'anna' };
  await applyIncoming({ goals: [news] }, [], {});

  const [entry] = (await pendingChanges()).entries;
  expect(entry?.record).toMatchObject({ title: 'Bens Titel', description: 'Von Anna', updatedBy: 'anna' });
  expect(await sentGoal()).toMatchObject({ title: 'Bens Titel', description: 'Von Anna', updatedBy: 'ben' });
});

it('at logout, a name adopted from the account goes, so the next person does not sign as them; a name set in settings stays', async () => {
  const stored = async () => (await db().meta.get(AUTHOR_KEY))?.value;
  await adoptAuthor('ben');
  await releaseAuthor('ben');
  expect(await stored()).toBe('');
  await adoptAuthor('carla');
  expect(await stored()).toBe('carla');

  await saveAuthor('Carla Schmidt');
  await releaseAuthor('carla');
  expect(await stored()).toBe('Carla Schmidt');
});
