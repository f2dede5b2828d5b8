// The repository asks the core's rules on every write, so a value the form refuses cannot come
// in through another path (a stale tab, an import, later a sync). Field test, issue 11.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyRecords } from '../../src/core/snapshot';
import { create, getById, listActive, saveAll, saveTogether, update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { draftOf, freshDatabase, makeGoal, makeIndicator, makeMeasure, makeMeasurement, makeOffer, makeProvider, nextId } from '../factories';

const people = makeIndicator({ name: 'Teilnehmende an Integrationskursen', unit: 'Personen', period: 'yearly' });
const goal = makeGoal();
const aheadNote = { id: nextId(), date: '2031-01-15', text: 'Vor der Regel gespeichert', author: 'test' };
const measure = makeMeasure({ goalIds: [goal.id], progressNotes: [aheadNote] });

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.indicators.push(people);
  records.goals.push(goal);
  records.measures.push(measure);
  await replaceAll(records);
  // Only the clock is faked: "today" is 3 June 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-03T09:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

const measurement = (period: string, value: number) => draftOf('measurements', makeMeasurement({ indicatorId: people.id, period, value }));

describe('a measurement written through the repository', () => {
  it('is refused for a period that has not begun, and nothing is stored', async () => {
    const result = await create('measurements', measurement('2030', 120));
    expect(result).toEqual({ ok: false, problems: [{ path: 'period', code: 'future_period', params: { period: '2030' } }] });
    expect(await listActive('measurements')).toEqual([]);
  });

  it('is refused with a negative count, also when a stored value is changed', async () => {
    expect(await create('measurements', measurement('2025', -5))).toMatchObject({ ok: false, problems: [{ path: 'value', code: 'negative_value' }] });
    const stored = await create('measurements', measurement('2025', 5));
    if (!stored.ok) throw new Error('a valid measurement should be stored');
    expect(await update('measurements', stored.value.id, { value: -5 })).toMatchObject({ ok: false, problems: [{ path: 'value', code: 'negative_value' }] });
    expect((await getById('measurements', stored.value.id))?.value).toBe(5);
  });

  it('is refused as the second value for one period and place in the same batch (a CSV import naming a year twice)', async () => {
    const result = await saveAll('measurements', [{ draft: measurement('2025', 40) }, { draft: measurement('2025', 41) }]);
    expect(result).toMatchObject({ ok: false, index: 1, problems: [{ path: 'period', code: 'duplicate_measurement' }] });
    expect(await listActive('measurements')).toEqual([]);
  });

  it('is refused in a batch, which stores none of its records', async () => {
    const result = await saveAll('measurements', [{ draft: measurement('2025', 40) }, { draft: measurement('2027', 41) }]);
    expect(result).toMatchObject({ ok: false, index: 1, problems: [{ code: 'future_period' }] });
    expect(await listActive('measurements')).toEqual([]);
  });
});

describe('records written together', () => {
  it('may refer to each other: a provider and its first offer, in one write', async () => {
    const provider = makeProvider({ fieldIds: [] });
    const offer = makeOffer({ providerId: provider.id, fieldIds: [], locationIds: [], municipalityIds: [] });
    const result = await saveTogether([
      { kind: 'offers', draft: { ...draftOf('offers', offer), id: offer.id } },
      { kind: 'providers', draft: { ...draftOf('providers', provider), id: provider.id } },
    ]);
    expect(result).toEqual({ ok: true, written: 2 });
    expect(await getById('offers', offer.id)).toMatchObject({ providerId: provider.id });
  });
});

describe('a progress note written through the repository', () => {
  it('is refused when dated after today', async () => {
    const note = { id: nextId(), date: '2026-06-04', text: 'Morgen', author: 'test' };
    const result = await update('measures', measure.id, { progressNotes: [...measure.progressNotes, note] });
    expect(result).toEqual({ ok: false, problems: [{ path: 'progressNotes.1.date', code: 'future_date', params: {} }] });
  });

  it('does not block other edits of a measure whose older note is dated ahead', async () => {
    expect(await update('measures', measure.id, { title: 'Sprachcafé am Markt' })).toMatchObject({ ok: true });
  });
});
