// One goal's assessment: the computed status stays as it was computed when the review opened;
// the coordinator confirms it or picks another with a reason (the schema requires the reason
// then), and notes findings. Each goal saves on its own, into the freshest stored review, so
// two goals saved one after the other never overwrite each other.
import { useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { Goal, GoalAssessment, Review } from '../../core/schema';
import { goalStatus as goalStatusEnum } from '../../core/schema';
import { getById, update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextArea } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { StatusBadge } from '../../ui/StatusBadge';
import { goalTone } from './tones';
import { useMay } from '../../ui/may';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

type Values = { confirmedStatus: GoalAssessment['confirmedStatus']; overrideReason: string; findings: string };

function withAssessment(assessments: GoalAssessment[], goalId: string, values: Values): GoalAssessment[] {
  return assessments.map((a) => (a.goalId === goalId ? { ...a, ...values } : a));
}

export function GoalAssessmentForm({ review, goal, assessment }: { review: Review; goal: Goal; assessment: GoalAssessment }) {
  const mayEdit = useMay('reviews', 'update') === true;
  const { t } = useTranslation(['reviews', 'common']);
  const [saved, setSaved] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const index = review.assessments.findIndex((a) => a.goalId === goal.id);
  const prefix = `assessments.${index}.`;
  const form = useForm<Values>({
    initial: { confirmedStatus: assessment.confirmedStatus, overrideReason: assessment.overrideReason, findings: assessment.findings },
    validate: (v) =>
      recordProblems('reviews', review, { assessments: withAssessment(review.assessments, goal.id, v) })
        .filter((p) => p.path.startsWith(prefix))
        .map((p) => ({ ...p, path: p.path.slice(prefix.length) })),
    onSubmit: async (v) => {
      const fresh = await getById('reviews', review.id);
      if (!fresh) return;
      const result = await update('reviews', review.id, { assessments: withAssessment(fresh.assessments, goal.id, v) });
      if (!result.ok) return result.problems;
    },
  });
  const headingId = `goal-${goal.id}`;
  const readOnly = review.status === 'closed' || !mayEdit;
  return (
    <section className="review-goal" aria-labelledby={headingId}>
      <h4 id={headingId}>{goal.title}</h4>
      <p>
        <StatusBadge tone={goalTone[assessment.computedStatus]}>{t('computed', { status: t(`goalStatus.${assessment.computedStatus}`) })}</StatusBadge>
        {assessment.confirmedStatus !== assessment.computedStatus ? (
          <>
            {' '}
            <StatusBadge tone={goalTone[assessment.confirmedStatus]}>
              {t('confirmed')}: {t(`goalStatus.${assessment.confirmedStatus}`)} ({t('overridden')})
            </StatusBadge>
          </>
        ) : null}
      </p>
      {readOnly ? (
        <dl className="facts">
          <dt>{t('confirmed')}</dt>
          <dd>{t(`goalStatus.${assessment.confirmedStatus}`)}</dd>
          {assessment.overrideReason ? (
            <>
              <dt>{t('overrideReason')}</dt>
              <dd>{assessment.overrideReason}</dd>
            </>
          ) : null}
          {assessment.findings ? (
            <>
              <dt>{t('findings')}</dt>
              <dd>{assessment.findings}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <form
          noValidate
          onSubmit={(e) =>
            void form.submit(e).then((ok) => {
              setSaved(ok);
              // Disabled while saving, the button lost the focus; it takes it back, beside the message.
              if (ok) focusAfterRender(() => saveButton.current);
            })
          }
        >
          <SelectField
            form={form}
            name="confirmedStatus"
            label={t('confirmed')}
            options={goalStatusEnum.options.map((s) => ({ value: s, label: t(`goalStatus.${s}`) }))}
          />
          <TextArea form={form} name="overrideReason" label={t('overrideReason')} hint={t('overrideHint')} rows={2} />
          <TextArea form={form} name="findings" label={t('findings')} rows={3} />
          <FormErrors form={form} />
          <div className="actions">
            <button ref={saveButton} className="button primary" type="submit" disabled={form.submitting}>
              {t('saveAssessment')}
            </button>
            <span role="status">{saved && !form.dirty ? t('assessmentSaved') : ''}</span>
          </div>
        </form>
      )}
    </section>
  );
}
