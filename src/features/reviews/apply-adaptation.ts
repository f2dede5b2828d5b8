// Applying a recommended adaptation is one action: the measure it creates or changes and the
// review's record that it was applied are written together, or neither is. The review is
// written from the version on screen, so a recommendation another tab applied (or changed)
// meanwhile is refused instead of being applied twice.
import { newMeasureDraft } from '../../core/new-measure';
import type { Adaptation, ProgressNote, Review } from '../../core/schema';
import type { Problem } from '../../core/validation';
import { recordContext } from '../../db/context';
import type { KindWrite } from '../../db/repository';
import { getById, RecordNotFound, saveTogether } from '../../db/repository';
import { measureChanges } from './review-model';

export type ApplyOutcome = { ok: true; measureId: string } | { ok: false; reason: 'missing_measure' | 'changed_meanwhile' } | { ok: false; problems: Problem[] };

/** `responsibleUnit` names who runs a new measure until someone decides (in the person's language). */
export async function applyAdaptation(review: Review, adaptation: Adaptation, note: ProgressNote, responsibleUnit: string): Promise<ApplyOutcome> {
  const context = recordContext();
  let measure: KindWrite;
  let measureId: string;
  if (adaptation.kind === 'new_measure') {
    measureId = context.newId();
    measure = {
      kind: 'measures',
      draft: newMeasureDraft({
        id: measureId,
        goalIds: adaptation.goalId ? [adaptation.goalId] : [],
        title: adaptation.title,
        description: adaptation.description,
        status: 'planned',
        responsibleUnit,
        progressNotes: [note],
      }),
    };
  } else {
    const stored = adaptation.measureId ? await getById('measures', adaptation.measureId) : undefined;
    if (!stored) return { ok: false, reason: 'missing_measure' };
    measureId = stored.id;
    measure = { kind: 'measures', id: stored.id, changes: measureChanges(adaptation, stored, note), base: stored };
  }
  const appliedAt = context.now();
  const adaptations = review.adaptations.map((a) => (a.id === adaptation.id ? { ...a, appliedAt, measureId } : a));
  try {
    const result = await saveTogether([{ kind: 'reviews', id: review.id, changes: { adaptations }, base: review }, measure]);
    if (result.ok) return { ok: true, measureId };
    if (result.problems.some((problem) => problem.code === 'changed_meanwhile')) return { ok: false, reason: 'changed_meanwhile' };
    return { ok: false, problems: result.problems };
  } catch (error) {
    // The review or the measure was deleted in another tab: nothing was written.
    if (error instanceof RecordNotFound) return { ok: false, reason: error.kind === 'measures' ? 'missing_measure' : 'changed_meanwhile' };
    throw error;
  }
}
