// Two tabs (or a tab and a sync) edit the same record: an edit carries the record it was made
// from, writes only what the person changed, and never overwrites the other edit unseen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Goal } from '../../src/core/schema';
import { setAuthor } from '../../src/db/context';
import { applyIncoming, pendingCount } from '../../src/db/outbox';
import { getById, saveAll, update } from '../../src/db/repository';
import { freshDatabase, makeFieldOfAction, makeGoal } from '../factories';

const field = makeFieldOfAction();
let goal: Goal;

beforeEach(async () => {
  freshDatabase();
  goal = makeGoal({ fieldId: field.id, title: 'Sprachkurse', description: 'Kurse im ganzen Kreis', revision: 4 });
  // Both came from the county server: nothing waits to be sent.
  await applyIncoming({ fieldsOfAction: [field], goals: [goal] }, [], {});
  setAuthor('Frau Schulz');
});

afterEach(() => setAuthor(''));

const editable = ({ title, description, priority, targetDate }: Goal) => ({ title, description, priority, targetDate });

describe('saving a form nobody changed', () => {
  it('writes nothing: the revision stays and nothing waits for the server', async () => {
    const result = await update('goals', goal.id, editable(goal), { base: goal });

    expect(result).toMatchObject({ ok: true, unchanged: true });
    expect(await getById('goals', goal.id)).toEqual(goal);
    expect(await pendingCount()).toBe(0);
  });

  it('writes nothing in a batch either', async () => {
    expect(await saveAll('goals', [{ id: goal.id, changes: editable(goal) }])).toEqual({ ok: true, written: 0 });
    expect((await getById('goals', goal.id))?.revision).toBe(4);
  });
});

describe('a form opened before another tab saved the same goal', () => {
  it('writes only the field the person changed and keeps the other tab’s edit', async () => {
    const opened = goal;
    await update('goals', goal.id, { ...editable(goal), title: 'Sprachkurse für Erwachsene' });

    const result = await update('goals', goal.id, { ...editable(opened), description: 'Auch abends' }, { base: opened });

    expect(result.ok).toBe(true);
    expect(await getById('goals', goal.id)).toMatchObject({ title: 'Sprachkurse für Erwachsene', description: 'Auch abends', revision: 6 });
  });

  it('is refused when both changed the same field, naming it with the other value, and writes nothing', async () => {
    const opened = goal;
    await update('goals', goal.id, { title: 'Sprachkurse für Erwachsene' });

    const result = await update('goals', goal.id, { ...editable(opened), title: 'Sprachkurse für Eltern' }, { base: opened });

    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: 'title', code: 'changed_meanwhile', params: { value: 'Sprachkurse für Erwachsene' } }],
      current: { title: 'Sprachkurse für Erwachsene', revision: 5 },
    });
    expect((await getById('goals', goal.id))?.title).toBe('Sprachkurse für Erwachsene');
  });

  it('saves the person’s input once they chose it over the other edit', async () => {
    const opened = goal;
    await update('goals', goal.id, { title: 'Sprachkurse für Erwachsene' });
    const refused = await update('goals', goal.id, { title: 'Sprachkurse für Eltern' }, { base: opened });
    if (refused.ok || !refused.current) throw new Error('the edit should be stale');

    const result = await update('goals', goal.id, { title: 'Sprachkurse für Eltern' }, { base: refused.current });

    expect(result).toMatchObject({ ok: true, value: { title: 'Sprachkurse für Eltern', revision: 6 } });
  });
});
