// Recommending an adaptation: a new measure under a goal, or a change to or the dropping of
// an existing measure. It is stored with the review first and applied to the concept later,
// on purpose: a recommendation is often discussed before it is carried out.
import { useTranslation } from '../../ui/i18n';
import type { Adaptation, Goal, Measure, Review } from '../../core/schema';
import { adaptationKind } from '../../core/schema';
import { getById, update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { adaptationTargetProblems } from './review-model';

type Values = { kind: Adaptation['kind']; goalId: string; measureId: string; title: string; description: string };

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** `goals` in the order the review page lists them (goalsInConceptOrder). */
type Props = { review: Review; goals: Goal[]; measures: Measure[]; onAdded: () => void };

export function AdaptationForm({ review, goals, measures, onAdded }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  const toAdaptation = (v: Values, id: string): Adaptation => {
    const measure = measures.find((m) => m.id === v.measureId);
    return {
      id,
      kind: v.kind,
      // A change or drop is filed under the measure's (first) goal, so the report finds it by field.
      goalId: v.kind === 'new_measure' ? v.goalId || null : (measure?.goalIds[0] ?? null),
      measureId: v.kind === 'new_measure' ? null : v.measureId || null,
      title: v.title,
      description: v.description,
      appliedAt: null,
    };
  };
  const at = review.adaptations.length;
  const prefix = `adaptations.${at}.`;
  const form = useForm<Values>({
    initial: { kind: 'new_measure', goalId: '', measureId: '', title: '', description: '' },
    validate: (v) => [
      ...adaptationTargetProblems(v.kind, v.goalId, v.measureId),
      ...recordProblems('reviews', review, { adaptations: [...review.adaptations, toAdaptation(v, PLACEHOLDER_ID)] })
        .filter((p) => p.path.startsWith(prefix))
        .map((p) => ({ ...p, path: p.path.slice(prefix.length) })),
    ],
    onSubmit: async (v) => {
      const fresh = await getById('reviews', review.id);
      if (!fresh) return;
      const result = await update('reviews', review.id, { adaptations: [...fresh.adaptations, toAdaptation(v, crypto.randomUUID())] });
      if (!result.ok) return result.problems;
      onAdded();
    },
  });
  const kind = form.values.kind;
  const choose = { value: '', label: t('choose') };
  return (
    <form noValidate onSubmit={(e) => void form.submit(e)}>
      <SelectField form={form} name="kind" label={t('kind')} options={adaptationKind.options.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      {kind === 'new_measure' ? (
        <SelectField form={form} name="goalId" label={t('goal')} required options={[choose, ...goals.map((g) => ({ value: g.id, label: g.title }))]} />
      ) : (
        <SelectField
          form={form}
          name="measureId"
          label={t('measure')}
          required
          options={[choose, ...measures.filter((m) => m.status !== 'dropped').map((m) => ({ value: m.id, label: m.title }))]}
        />
      )}
      <TextField form={form} name="title" label={t(`adaptationTitle.${kind}`)} required />
      <TextArea form={form} name="description" label={t(`adaptationDescription.${kind}`)} rows={3} />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('addAdaptation')}
        </button>
      </div>
    </form>
  );
}
