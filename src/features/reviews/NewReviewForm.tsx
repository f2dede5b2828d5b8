// Opening a review: the title and period are typed, every goal's status is computed now and
// stored as the pre-filled assessment (computed = confirmed until the coordinator says otherwise).
import { useRef } from 'react';
import { useTranslation } from '../../ui/i18n';
import { useNavigate } from 'react-router';
import { goalsInConceptOrder } from '../../core/goal-order';
import { goalStatus } from '../../core/rollup';
import type { FieldOfAction, Goal, Indicator, Measure, Measurement } from '../../core/schema';
import { today } from '../../db/context';
import { create } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';
import { prefillAssessments } from './review-model';

type Props = { fields: FieldOfAction[]; goals: Goal[]; measures: Measure[]; indicators: Indicator[]; measurements: Measurement[] };
type Values = { title: string; period: string };

export function NewReviewForm({ fields, goals, measures, indicators, measurements }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  const navigate = useNavigate();
  const openedId = useRef('');
  const year = today().slice(0, 4);
  const draft = (v: Values) => ({
    title: v.title,
    period: v.period,
    status: 'open' as const,
    openedOn: today(),
    closedOn: null,
    findings: '',
    adaptations: [],
  });
  const form = useForm<Values>({
    initial: { title: t('defaultTitle', { period: year }), period: year },
    validate: (v) => recordProblems('reviews', null, { ...draft(v), assessments: [] }),
    onSubmit: async (v) => {
      const on = today();
      const data = { indicators, measurements, measures };
      const assessments = prefillAssessments(goalsInConceptOrder(goals, fields), (goal) => goalStatus(goal, data, on).status);
      const result = await create('reviews', { ...draft(v), assessments });
      if (!result.ok) return result.problems;
      openedId.current = result.value.id;
    },
  });
  // To the new review only once the form counts as saved, so the unsaved-changes guard lets it go.
  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(paths.review(openedId.current));
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <TextField form={form} name="title" label={t('newTitle')} required />
      <TextField form={form} name="period" label={t('newPeriod')} hint={t('newPeriodHint')} required />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('open')}
        </button>
      </div>
    </form>
  );
}
