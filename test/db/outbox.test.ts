// The outbox: every change made on this device waits there for the server, with the server
// revision it was based on, and applying the server's answer clears what the server took
// without losing what was edited meanwhile.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Goal, Measure } from '../../src/core/schema';
import { emptyRecords } from '../../src/core/snapshot';
import { setAuthor } from '../../src/db/context';
import type { AppDb } from '../../src/db/database';
import { applyIncoming, pendingChanges, pendingCount, setSyncState, syncState } from '../../src/db/outbox';
import { ensureExampleLoaded } from '../../src/db/example';
import { create, getById, listActive, remove, update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/replace-all';
import { draftOf, freshDatabase, makeFieldOfAction, makeGoal, makeLinkedRecords, makeMeasure } from '../factories';

let database: AppDb;
const field = makeFieldOfAction();

/** What the server sends: records of one kind, as a sync answer's `changes` holds them. */
function fromServer(goals: Goal[] = [], measures: Measure[] = []) {
  return { ...emptyRecords(), fieldsOfAction: [], goals, measures };
}

beforeEach(async () => {
  database = freshDatabase();
  // The field came from the county server: stored as it came, nothing to send.
  await applyIncoming({ fieldsOfAction: [field] }, [], {});
  setAuthor('Frau Schulz');
});

afterEach(() => setAuthor(''));

async function goalCreatedHere(title = 'Mehr Erwachsene erreichen B1'): Promise<Goal> {
  const result = await create('goals', draftOf('goals', makeGoal({ fieldId: field.id, title })));
  if (!result.ok) throw new Error('the goal should be valid');
  return result.value;
}

describe('a change made on this device', () => {
  it('waits in the outbox as new on this device, with its latest local revision', async () => {
    const goal = await goalCreatedHere();
    await update('goals', goal.id, { title: 'Mehr Erwachsene erreichen B2' });

    const { entries, records } = await pendingChanges();
    expect(entries.map(({ key, baseRevision, localRevision }) => ({ key, baseRevision, localRevision }))).toEqual([
      { key: `goals/${goal.id}`, baseRevision: null, localRevision: 2 },
    ]);
    expect(records.get(`goals/${goal.id}`)).toMatchObject({ title: 'Mehr Erwachsene erreichen B2', revision: 2 });
    expect(await pendingCount()).toBe(1);
  });

  it('to a record received from the server is based on the server’s revision', async () => {
    const goal = makeGoal({ fieldId: field.id, revision: 7 });
    await applyIncoming(fromServer([goal]), [], {});
    expect(await pendingCount()).toBe(0);

    await update('goals', goal.id, { title: 'Neu formuliert' });

    const [entry] = (await pendingChanges()).entries;
    expect(entry).toMatchObject({ key: `goals/${goal.id}`, baseRevision: 7, localRevision: 8, base: goal });
  });

  it('a deletion waits as a tombstone', async () => {
    const goal = await goalCreatedHere();
    await remove('goals', goal.id);
    const { records } = await pendingChanges();
    expect(records.get(`goals/${goal.id}`)).toMatchObject({ deleted: true, revision: 2 });
  });

  it('a refused change leaves nothing in the outbox', async () => {
    const result = await create('goals', draftOf('goals', makeGoal({ fieldId: field.id, title: '' })));
    expect(result.ok).toBe(false);
    expect(await pendingCount()).toBe(0);
  });
});

describe('applying the server’s answer', () => {
  it('clears a change the server took and stores the server’s version', async () => {
    const goal = await goalCreatedHere();
    const sent = (await pendingChanges()).entries;
    const merged = { ...goal, revision: 1, updatedBy: 'Frau Schulz' };

    await applyIncoming(fromServer([merged]), sent, { [`goals/${goal.id}`]: 1 });

    expect(await pendingCount()).toBe(0);
    expect(await getById('goals', goal.id)).toEqual(merged);
  });

  it('clears a change the server took without sending it back, under the server’s revision', async () => {
    const goal = await goalCreatedHere();
    await update('goals', goal.id, { title: 'Zweiter Titel' });
    const sent = (await pendingChanges()).entries;

    await applyIncoming(fromServer(), sent, { [`goals/${goal.id}`]: 1 });

    expect(await pendingCount()).toBe(0);
    expect(await getById('goals', goal.id)).toMatchObject({ title: 'Zweiter Titel', revision: 1 });
  });

  it('keeps an edit made while the sync was on its way, folded over the server’s version', async () => {
    const goal = await goalCreatedHere();
    const sent = (await pendingChanges()).entries;
    await update('goals', goal.id, { title: 'Während der Synchronisierung geändert' });
    const onServer = { ...goal, description: 'Vom Koordinator ergänzt', revision: 3 };

    await applyIncoming(fromServer([onServer]), sent, { [`goals/${goal.id}`]: 3 });

    const stored = await getById('goals', goal.id);
    expect(stored).toMatchObject({ title: 'Während der Synchronisierung geändert', description: 'Vom Koordinator ergänzt' });
    const [entry] = (await pendingChanges()).entries;
    expect(entry).toMatchObject({ baseRevision: 3, base: onServer, localRevision: stored!.revision });
  });

  it('keeps a change not yet sent when the server sends news about the same record', async () => {
    const measure = makeMeasure({ revision: 2, progressNotes: [] });
    await applyIncoming({ goals: [makeGoal({ id: measure.goalIds[0], fieldId: field.id })], measures: [measure] }, [], {});
    const mine = { id: '00000000-0000-4000-8000-00000000a001', date: '2024-06-01', text: 'Kurs gestartet', author: 'Frau Schulz' };
    await update('measures', measure.id, { progressNotes: [mine] });
    const theirs = { id: '00000000-0000-4000-8000-00000000b001', date: '2024-06-02', text: 'Zehn Anmeldungen', author: 'Herr Brandt' };

    await applyIncoming({ measures: [{ ...measure, progressNotes: [theirs], revision: 3 }] }, [], {});

    const notes = (await getById('measures', measure.id))?.progressNotes;
    expect(notes).toHaveLength(2);
    expect(notes).toEqual(expect.arrayContaining([theirs, mine]));
    const [entry] = (await pendingChanges()).entries;
    expect(entry).toMatchObject({ key: `measures/${measure.id}`, baseRevision: 3 });
  });

  it('keeps the server’s title where both changed it, and sends the local one along as a conflict', async () => {
    const goal = makeGoal({ fieldId: field.id, title: 'Sprachkurse', revision: 4 });
    await applyIncoming(fromServer([goal]), [], {});
    const mine = await update('goals', goal.id, { title: 'Sprachkurse am Abend', description: 'Auch samstags' });
    if (!mine.ok) throw new Error('the edit should be valid');

    await applyIncoming(fromServer([{ ...goal, title: 'Sprachkurse für Eltern', revision: 5 }]), [], {});

    expect(await getById('goals', goal.id)).toMatchObject({ title: 'Sprachkurse für Eltern', description: 'Auch samstags', revision: mine.value.revision + 1 });
    const [entry] = (await pendingChanges()).entries;
    expect(entry).toMatchObject({
      baseRevision: 5,
      conflicts: [{ kind: 'goals', recordId: goal.id, path: ['title'], reason: 'both_changed', kept: 'Sprachkurse für Eltern', lost: 'Sprachkurse am Abend' }],
    });
  });

  it('C5: never steps back to an older version than it holds, as an answer replayed from the history would bring', async () => {
    const goal = makeGoal({ fieldId: field.id, title: 'Neuester Stand', revision: 6 });
    await applyIncoming(fromServer([goal]), [], {});

    await applyIncoming(fromServer([{ ...goal, title: 'Älterer Stand', revision: 4 }]), [], {});

    expect(await getById('goals', goal.id)).toMatchObject({ title: 'Neuester Stand', revision: 6 });
  });

  it('C5: nor folds an older version than its change is based on into the change', async () => {
    const goal = makeGoal({ fieldId: field.id, title: 'Sprachkurse', revision: 6 });
    await applyIncoming(fromServer([goal]), [], {});
    await update('goals', goal.id, { description: 'Auch samstags' });

    await applyIncoming(fromServer([{ ...goal, title: 'Älterer Stand', revision: 4 }]), [], {});

    expect(await getById('goals', goal.id)).toMatchObject({ title: 'Sprachkurse', description: 'Auch samstags' });
    expect((await pendingChanges()).entries[0]).toMatchObject({ baseRevision: 6 });
  });

  it('C6: leaves a change alone that a later request of this device still carries; that request\'s answer brings the record', async () => {
    const goal = makeGoal({ fieldId: field.id, title: 'Sprachkurse', revision: 6 });
    await applyIncoming(fromServer([goal]), [], {});
    await update('goals', goal.id, { description: 'Auch samstags' });
    const local = await getById('goals', goal.id);

    await applyIncoming(fromServer([{ ...goal, title: 'Vom Büro', revision: 7 }]), [], {}, undefined, new Set([`goals/${goal.id}`]));

    expect(await getById('goals', goal.id)).toEqual(local);
    expect((await pendingChanges()).entries[0]).toMatchObject({ baseRevision: 6 });
  });

  it('stores the revision last received and the time of the sync with it', async () => {
    expect(await syncState()).toEqual({ since: 0, lastSyncAt: null });
    await applyIncoming(fromServer(), [], {}, { since: 12, lastSyncAt: '2024-06-03T10:00:00.000Z' });
    expect(await syncState()).toEqual({ since: 12, lastSyncAt: '2024-06-03T10:00:00.000Z' });
  });
});

describe('replacing everything on this device', () => {
  it('with a backup: records that differ wait for the server, unchanged ones do not, and the next sync starts over', async () => {
    const records = makeLinkedRecords();
    await applyIncoming(records, [], {});
    await setSyncState({ since: 40 });
    const goal = records.goals[0]!;
    const backup = { ...records, goals: [{ ...goal, title: 'Aus der Sicherung' }] };

    await replaceAll(backup);

    const { entries } = await pendingChanges();
    expect(entries.map((entry) => ({ key: entry.key, baseRevision: entry.baseRevision }))).toEqual([{ key: `goals/${goal.id}`, baseRevision: goal.revision }]);
    expect((await syncState()).since).toBe(0);
  });

  it('with the county’s data on a first connection: nothing waits to be sent', async () => {
    await goalCreatedHere();
    await replaceAll(makeLinkedRecords(), 'sync');
    expect(await pendingCount()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });
});

describe('the example on a device that never connected', () => {
  it('waits in the outbox as starts: nothing to send and nothing counted until a person edits', async () => {
    await ensureExampleLoaded();
    expect(await pendingCount()).toBe(0);
    expect((await pendingChanges()).entries).toEqual([]);

    const [goal] = await listActive('goals');
    await update('goals', goal!.id, { title: 'Sprachkurse auch in Gröningen' });

    const { entries } = await pendingChanges();
    expect(entries.map(({ key, baseRevision, base }) => ({ key, baseRevision, base }))).toEqual([{ key: `goals/${goal!.id}`, baseRevision: null, base: goal }]);
    expect(await pendingCount()).toBe(1);
  });

  it('takes the county\'s version of every record a person left alone', async () => {
    await ensureExampleLoaded();
    const [goal] = await listActive('goals');
    const county = { ...goal!, title: 'Vom Landkreis angepasst', revision: 4 };

    await applyIncoming({ goals: [county] }, [], { [`goals/${goal!.id}`]: 4 });

    expect(await getById('goals', goal!.id)).toEqual(county);
    expect(await database.outbox.get(`goals/${goal!.id}`)).toBeUndefined();
  });

  it('C3: folds a person\'s edit over the county\'s version against the example it started from: only the edited field is theirs', async () => {
    await ensureExampleLoaded();
    const [goal] = await listActive('goals');
    await update('goals', goal!.id, { description: 'Auch samstags' });
    const county = { ...goal!, title: 'Vom Landkreis angepasst', revision: 4 };

    await applyIncoming({ goals: [county] }, [], { [`goals/${goal!.id}`]: 4 });

    expect(await getById('goals', goal!.id)).toMatchObject({ title: 'Vom Landkreis angepasst', description: 'Auch samstags' });
    const [entry] = (await pendingChanges()).entries;
    expect(entry).toMatchObject({ baseRevision: 4, base: county, conflicts: [] });
  });
});
