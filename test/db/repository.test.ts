import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDb } from '../../src/db/database';
import { setAuthor } from '../../src/db/context';
import { RecordNotFound, create, getById, getMeta, listActive, remove, saveAll, saveTogether, setMeta, update } from '../../src/db/repository';
import type { Goal } from '../../src/core/schema';
import { draftOf, freshDatabase, makeFieldOfAction, makeGoal, makeProvider } from '../factories';

let database: AppDb;
const field = makeFieldOfAction();
// Goals belong to the stored field: the repository refuses references to records that do not exist.
const goalInField = (overrides: Partial<Goal> = {}) => makeGoal({ fieldId: field.id, ...overrides });

function at(time: string): void {
  vi.setSystemTime(new Date(time));
}

beforeEach(async () => {
  database = freshDatabase();
  await database.entities('fieldsOfAction').add(field);
  // Only the clock is faked, so that revisions get distinct, known timestamps.
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2024-06-03T09:00:00.000Z');
  setAuthor('Frau Schulz');
});

afterEach(() => {
  vi.useRealTimers();
  setAuthor('');
});

async function createdGoal(title = 'Mehr Erwachsene erreichen B1') {
  const result = await create('goals', draftOf('goals', goalInField({ title })));
  if (!result.ok) throw new Error('the example goal should be valid');
  return result.value;
}

describe('creating a record', () => {
  it('stores it as revision 1, stamped with the time and the author', async () => {
    const draft = draftOf('goals', goalInField());
    const result = await create('goals', draft);
    if (!result.ok) throw new Error('the example goal should be valid');
    const { id } = result.value;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const stored = await getById('goals', id);
    expect(stored).toEqual({
      ...draft,
      id,
      createdAt: '2024-06-03T09:00:00.000Z',
      updatedAt: '2024-06-03T09:00:00.000Z',
      updatedBy: 'Frau Schulz',
      revision: 1,
      deleted: false,
    });
    expect(await listActive('goals')).toEqual([stored]);
  });

  it('keeps an id the caller chose (for records linked before they are saved)', async () => {
    const goal = goalInField();
    const result = await create('goals', { ...draftOf('goals', goal), id: goal.id });
    expect(result.ok && result.value.id).toBe(goal.id);
    expect(await getById('goals', goal.id)).toBeDefined();
  });

  it('writes nothing and lists the problems when the input is invalid', async () => {
    const provider = makeProvider({ name: '', address: { street: 'Markt 1', postcode: '3934', city: 'Haldensleben' } });
    const result = await create('providers', draftOf('providers', provider));
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'name', code: 'required', params: {} },
        { path: 'address.postcode', code: 'invalid_format', params: { format: 'regex' } },
      ],
    });
    expect(await database.entities('providers').count()).toBe(0);
  });

  it('signs with "lokal" when nobody has set a name', async () => {
    setAuthor('   ');
    const goal = await createdGoal();
    expect(goal.updatedBy).toBe('lokal');
  });
});

describe('changing a record', () => {
  it('makes the next revision, stamped anew, and keeps every other field', async () => {
    const goal = await createdGoal();
    at('2024-06-04T14:30:00.000Z');
    setAuthor('Herr Öztürk');
    const result = await update('goals', goal.id, { title: 'Mehr Erwachsene erreichen B2' });
    const expected = { ...goal, title: 'Mehr Erwachsene erreichen B2', revision: 2, updatedAt: '2024-06-04T14:30:00.000Z', updatedBy: 'Herr Öztürk' };
    expect(result).toEqual({ ok: true, value: expected });
    expect(await getById('goals', goal.id)).toEqual(expected);
  });

  it('counts revisions up with every change', async () => {
    const goal = await createdGoal();
    await update('goals', goal.id, { priority: 'low' });
    await update('goals', goal.id, { priority: 'medium' });
    expect(await getById('goals', goal.id)).toMatchObject({ revision: 3, priority: 'medium' });
  });

  it('writes nothing and lists the problems when the change is invalid', async () => {
    const goal = await createdGoal();
    at('2024-06-04T14:30:00.000Z');
    const result = await update('goals', goal.id, { title: '   ', targetDate: '31.12.2026' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.code}`)).toEqual(['title: required', 'targetDate: invalid_format']);
    expect(await getById('goals', goal.id)).toEqual(goal);
  });

  it('keeps id and creation time when a form hands back the whole record it loaded', async () => {
    const goal = await createdGoal();
    at('2024-06-04T14:30:00.000Z');
    const otherId = goalInField().id;
    const handedBack = { ...goal, id: otherId, createdAt: '2020-01-01T00:00:00.000Z', title: 'Neuer Titel' };
    await update('goals', goal.id, handedBack);
    expect(await getById('goals', otherId)).toBeUndefined();
    expect(await getById('goals', goal.id)).toMatchObject({ id: goal.id, createdAt: goal.createdAt, title: 'Neuer Titel', revision: 2 });
    expect(await database.entities('goals').count()).toBe(1);
  });

  it('refuses to change a record that does not exist', async () => {
    const missing = goalInField().id;
    await expect(update('goals', missing, { title: 'x' })).rejects.toBeInstanceOf(RecordNotFound);
    expect(await database.entities('goals').count()).toBe(0);
  });

  it('refuses to change a deleted record', async () => {
    const goal = await createdGoal();
    await remove('goals', goal.id);
    await expect(update('goals', goal.id, { title: 'Wiederbelebt' })).rejects.toThrow(RecordNotFound);
    expect(await database.entities('goals').get(goal.id)).toMatchObject({ deleted: true, title: goal.title });
  });
});

describe('deleting a record', () => {
  it('leaves a tombstone that reading hides', async () => {
    const kept = await createdGoal('Bleibt');
    const goal = await createdGoal('Wird gelöscht');
    at('2024-06-05T10:00:00.000Z');
    setAuthor('Herr Öztürk');
    await remove('goals', goal.id);

    expect(await getById('goals', goal.id)).toBeUndefined();
    expect(await listActive('goals')).toEqual([kept]);
    expect(await database.entities('goals').get(goal.id)).toEqual({
      ...goal,
      deleted: true,
      revision: 2,
      updatedAt: '2024-06-05T10:00:00.000Z',
      updatedBy: 'Herr Öztürk',
    });
  });

  it('does nothing for a record that is already deleted or never existed', async () => {
    const goal = await createdGoal();
    expect(await remove('goals', goal.id)).toEqual({ ok: true });
    expect(await remove('goals', goal.id)).toEqual({ ok: true, unchanged: true });
    expect(await remove('goals', goalInField().id)).toEqual({ ok: true, unchanged: true });
    expect(await database.entities('goals').toArray()).toEqual([expect.objectContaining({ id: goal.id, revision: 2 })]);
  });
});

describe('settings and bookkeeping', () => {
  it('keeps a value under its key', async () => {
    expect(await getMeta('exampleLoaded')).toBeUndefined();
    await setMeta('exampleLoaded', { at: '2024-06-03', version: 1 });
    expect(await getMeta('exampleLoaded')).toEqual({ at: '2024-06-03', version: 1 });
  });
});

describe('a batch of writes (saveAll)', () => {
  it('stores every record and bumps the revision of the changed ones', async () => {
    const goal = await createdGoal();
    const result = await saveAll('goals', [
      { id: goal.id, changes: { title: 'Mehr Erwachsene erreichen B2' } },
      { draft: draftOf('goals', goalInField({ title: 'Elternarbeit an Schulen' })) },
    ]);
    expect(result).toEqual({ ok: true, written: 2 });
    const stored = await listActive('goals');
    expect(stored.map((g) => g.title).sort()).toEqual(['Elternarbeit an Schulen', 'Mehr Erwachsene erreichen B2']);
    expect((await getById('goals', goal.id))?.revision).toBe(2);
  });

  it('stores nothing when one record is invalid, and names its position and problem', async () => {
    const goal = await createdGoal();
    const result = await saveAll('goals', [
      { id: goal.id, changes: { title: 'Mehr Erwachsene erreichen B2' } },
      { draft: draftOf('goals', goalInField({ title: '' })) },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.index).toBe(1);
      expect(result.problems.map((p) => p.path)).toContain('title');
    }
    expect((await listActive('goals')).map((g) => g.title)).toEqual(['Mehr Erwachsene erreichen B1']);
  });

  it('stores nothing when a record to change has been deleted meanwhile', async () => {
    const goal = await createdGoal();
    await remove('goals', goal.id);
    const batch = saveAll('goals', [
      { draft: draftOf('goals', goalInField({ title: 'Elternarbeit an Schulen' })) },
      { id: goal.id, changes: { title: 'Mehr Erwachsene erreichen B2' } },
    ]);
    await expect(batch).rejects.toThrow(RecordNotFound);
    expect(await listActive('goals')).toEqual([]);
  });
});

describe('writes to records of different kinds (saveTogether)', () => {
  async function providerWithReport() {
    const provider = await create('providers', draftOf('providers', makeProvider({ name: 'Tafel Oschersleben', lastVerified: '2020-03-01' })));
    if (!provider.ok) throw new Error('the example provider should be valid');
    const report = await create('correctionReports', { targetKind: 'providers', targetId: provider.value.id, note: 'Neue Adresse', status: 'open', resolution: '', resolvedAt: null });
    if (!report.ok) throw new Error('the example report should be valid');
    return { provider: provider.value, report: report.value };
  }

  it('stores an entry and the report it settles together', async () => {
    const { provider, report } = await providerWithReport();
    const result = await saveTogether([
      { kind: 'providers', id: provider.id, changes: { lastVerified: '2024-06-03' } },
      { kind: 'correctionReports', id: report.id, changes: { status: 'applied', resolution: 'Adresse geändert.', resolvedAt: '2024-06-03T09:00:00.000Z' } },
    ]);
    expect(result).toEqual({ ok: true, written: 2 });
    expect(await getById('providers', provider.id)).toMatchObject({ lastVerified: '2024-06-03', revision: 2 });
    expect(await getById('correctionReports', report.id)).toMatchObject({ status: 'applied', revision: 2 });
  });

  it('stores neither when the report is refused, and names its position', async () => {
    const { provider, report } = await providerWithReport();
    const result = await saveTogether([
      { kind: 'providers', id: provider.id, changes: { lastVerified: '2024-06-03' } },
      { kind: 'correctionReports', id: report.id, changes: { status: 'dismissed', resolution: '' } },
    ]);
    expect(result).toEqual({ ok: false, index: 1, problems: [{ path: 'resolution', code: 'required', params: {} }] });
    expect(await getById('providers', provider.id)).toMatchObject({ lastVerified: '2020-03-01', revision: 1 });
    expect(await getById('correctionReports', report.id)).toMatchObject({ status: 'open', revision: 1 });
  });
});

describe('references to other records', () => {
  it('refuses a new record that points at a record that does not exist, and stores nothing', async () => {
    const missingField = makeFieldOfAction().id;
    const result = await create('goals', draftOf('goals', goalInField({ fieldId: missingField })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'fieldId', code: 'missing_reference', params: { ref: missingField } }]);
    expect(await listActive('goals')).toEqual([]);
  });

  it('refuses a change that links a record deleted meanwhile, but lets other edits through', async () => {
    const goal = await createdGoal();
    const other = makeFieldOfAction();
    await database.entities('fieldsOfAction').add(other);
    await remove('fieldsOfAction', other.id);
    const moved = await update('goals', goal.id, { fieldId: other.id });
    expect(moved.ok).toBe(false);
    expect((await getById('goals', goal.id))?.fieldId).toBe(field.id);

    await remove('fieldsOfAction', field.id);
    const renamed = await update('goals', goal.id, { title: 'Mehr Erwachsene erreichen B2' });
    expect(renamed.ok).toBe(true);
  });

  it('names the write of a batch whose reference is missing', async () => {
    const result = await saveAll('goals', [
      { draft: draftOf('goals', goalInField({ title: 'Elternarbeit an Schulen' })) },
      { draft: draftOf('goals', goalInField({ fieldId: makeFieldOfAction().id })) },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.index, result.problems[0]?.code]).toEqual([1, 'missing_reference']);
    expect(await listActive('goals')).toEqual([]);
  });
});
