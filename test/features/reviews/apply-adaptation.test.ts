// Applying a recommendation from the review is one action: the measure and the review's note
// that it was applied are stored together or not at all, and never twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Adaptation, ProgressNote, Review } from '../../../src/core/schema';
import { emptyRecords } from '../../../src/core/snapshot';
import { setAuthor } from '../../../src/db/context';
import { pendingChanges } from '../../../src/db/outbox';
import { getById, listActive, remove } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { applyAdaptation } from '../../../src/features/reviews/apply-adaptation';
import { freshDatabase, makeFieldOfAction, makeGoal, makeMeasure, makeReview } from '../../factories';

const field = makeFieldOfAction({ name: 'Sprache und Bildung' });
const goal = makeGoal({ fieldId: field.id, title: 'Mehr Erwachsene erreichen B1' });
const evenings = makeMeasure({ goalIds: [goal.id], title: 'Elternabende zur Sprachförderung', status: 'active' });
const newMeasure: Adaptation = {
  id: '00000000-0000-4000-8000-0000000000d1',
  kind: 'new_measure',
  goalId: goal.id,
  measureId: null,
  title: 'Abendkurs B1 in Oschersleben',
  description: '',
  appliedAt: null,
};
const drop: Adaptation = { ...newMeasure, id: '00000000-0000-4000-8000-0000000000d2', kind: 'drop_measure', goalId: null, measureId: evenings.id, title: 'Kaum Teilnahme' };
const review = makeReview({ title: 'Evaluation 2026', period: '2026', adaptations: [newMeasure, drop] });
const note: ProgressNote = { id: '00000000-0000-4000-8000-0000000000e1', date: '2026-03-01', text: 'Aus „Evaluation 2026“.', author: 'Frau Schulz' };

beforeEach(async () => {
  freshDatabase();
  await replaceAll({ ...emptyRecords(), fieldsOfAction: [field], goals: [goal], measures: [evenings], reviews: [review] });
  setAuthor('Frau Schulz');
});

afterEach(() => setAuthor(''));

const storedReview = async () => (await getById('reviews', review.id)) as Review;

describe('the coordinator applies a recommended new measure', () => {
  it('stores the planned measure and the review’s note that it was applied, as one change', async () => {
    const outcome = await applyAdaptation(review, newMeasure, note, 'Noch festzulegen');

    if (!outcome.ok) throw new Error('applying should succeed');
    expect(await getById('measures', outcome.measureId)).toMatchObject({ title: 'Abendkurs B1 in Oschersleben', status: 'planned', goalIds: [goal.id], progressNotes: [note] });
    const applied = (await storedReview()).adaptations[0]!;
    expect(applied.measureId).toBe(outcome.measureId);
    expect(applied.appliedAt).not.toBeNull();
    const keys = (await pendingChanges()).entries.map((entry) => entry.key);
    expect(keys).toEqual(expect.arrayContaining([`measures/${outcome.measureId}`, `reviews/${review.id}`]));
  });

  it('applied in two tabs from the same screen, creates the measure once; the second tab is told and writes nothing', async () => {
    const first = await applyAdaptation(review, newMeasure, note, 'Noch festzulegen');
    const second = await applyAdaptation(review, newMeasure, note, 'Noch festzulegen');

    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, reason: 'changed_meanwhile' });
    expect((await listActive('measures')).filter((m) => m.title === 'Abendkurs B1 in Oschersleben')).toHaveLength(1);
  });

  it('creates no measure when the review was deleted in another tab', async () => {
    await remove('reviews', review.id);

    expect(await applyAdaptation(review, newMeasure, note, 'Noch festzulegen')).toEqual({ ok: false, reason: 'changed_meanwhile' });
    expect(await listActive('measures')).toEqual([evenings]);
  });
});

describe('the coordinator applies a recommendation to drop a measure', () => {
  it('drops the measure with a note and marks the recommendation applied, together', async () => {
    const outcome = await applyAdaptation(review, drop, note, 'Noch festzulegen');

    expect(outcome).toEqual({ ok: true, measureId: evenings.id });
    expect(await getById('measures', evenings.id)).toMatchObject({ status: 'dropped', progressNotes: [note] });
    const applied = (await storedReview()).adaptations[1]!;
    expect(applied.measureId).toBe(evenings.id);
    expect(applied.appliedAt).not.toBeNull();
  });
});
