import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { useParams } from 'react-router';
import { fieldsInConceptOrder, goalsInConceptOrder } from '../../core/goal-order';
import { today } from '../../db/context';
import { useEntities, useEntity } from '../../db/hooks';
import { update } from '../../db/repository';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { HistoryAction } from '../../replica/HistoryLink';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { AdaptationForm } from './AdaptationForm';
import { AdaptationList } from './AdaptationList';
import { GoalAssessmentForm } from './GoalAssessmentForm';
import { OverallFindingsForm } from './OverallFindingsForm';
import './reviews.css';
import { useMay } from '../../ui/may';

export function ReviewPage() {
  const { reviewId } = useParams();
  const { t, i18n } = useTranslation(['reviews', 'common']);
  const review = useEntity('reviews', reviewId);
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const measures = useEntities('measures');
  const [closing, setClosing] = useState(false);
  // Closing removes the button that asked; the focus then goes to the note that replaces it.
  const [closedHere, setClosedHere] = useState(false);
  const closedNote = useRef<HTMLParagraphElement>(null);
  const closedNow = closedHere && review?.status === 'closed';
  useEffect(() => {
    if (closedNow) closedNote.current?.focus();
  }, [closedNow]);
  const [formKey, setFormKey] = useState(0);
  const mayEdit = useMay('reviews', 'update') === true;
  if (review === undefined || !fields || !goals || !measures) return <Loading />;
  if (review === null) return <NotFound />;
  const lang = i18n.language;
  const open = review.status === 'open';
  // What this device's role may not change is shown as a closed review shows it.
  const editable = open && mayEdit;
  // Every list of goals on this page, the recommendation's choice included, in one order.
  const orderedGoals = goalsInConceptOrder(goals, fields);
  const assessmentOf = new Map(review.assessments.map((a) => [a.goalId, a]));

  const close = async () => {
    const result = await update('reviews', review.id, { status: 'closed', closedOn: today() });
    setClosedHere(result.ok);
    setClosing(false);
  };

  return (
    <>
      <Breadcrumbs items={[{ label: t('evaluation'), to: paths.evaluation() }, { label: t('title'), to: paths.reviews() }, { label: review.title }]} />
      <PageTitle>{review.title}</PageTitle>
      <HistoryAction kind="reviews" id={review.id} />
      <section aria-labelledby="review-facts">
        <h2 id="review-facts" className="visually-hidden">
          {t('facts')}
        </h2>
        <dl className="facts">
          <dt>{t('period')}</dt>
          <dd>{review.period}</dd>
          <dt>{t('state')}</dt>
          <dd>
            <StatusBadge tone={open ? 'info' : 'neutral'}>{t(`status.${review.status}`)}</StatusBadge>
          </dd>
          <dt>{t('openedOn')}</dt>
          <dd>{formatDate(review.openedOn, lang)}</dd>
          {review.closedOn ? (
            <>
              <dt>{t('closed')}</dt>
              <dd>{formatDate(review.closedOn, lang)}</dd>
            </>
          ) : null}
        </dl>
        {open ? null : (
          <p role="note" tabIndex={-1} ref={closedNote}>
            {t('closedNote')}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="review-goals">
        <h2 id="review-goals">{t('goals')}</h2>
        {fieldsInConceptOrder(fields).map((field) => {
          const assessed = orderedGoals.filter((goal) => goal.fieldId === field.id && assessmentOf.has(goal.id));
          if (assessed.length === 0) return null;
          return (
            <section key={field.id} aria-labelledby={`field-${field.id}`}>
              <h3 id={`field-${field.id}`}>{field.name}</h3>
              {assessed.map((goal) => (
                <GoalAssessmentForm key={`${goal.id}-${review.status}`} review={review} goal={goal} assessment={assessmentOf.get(goal.id)!} />
              ))}
            </section>
          );
        })}
      </section>

      <section className="card" aria-labelledby="review-overall">
        <h2 id="review-overall">{t('overall')}</h2>
        {editable ? <OverallFindingsForm review={review} /> : <p>{review.findings || t('common:states.none')}</p>}
      </section>

      <section className="card" aria-labelledby="review-adaptations">
        <h2 id="review-adaptations">{t('adaptations')}</h2>
        <AdaptationList review={review} goals={orderedGoals} measures={measures} />
        {editable ? (
          <>
            <h3>{t('addAdaptation')}</h3>
            <AdaptationForm key={formKey} review={review} goals={orderedGoals} measures={measures} onAdded={() => setFormKey((k) => k + 1)} />
          </>
        ) : null}
      </section>

      {editable ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => setClosing(true)}>
            {t('close')}
          </button>
        </div>
      ) : null}
      {closing ? <ConfirmDialog title={t('closeTitle')} text={t('closeText')} confirmLabel={t('close')} onConfirm={close} onCancel={() => setClosing(false)} /> : null}
    </>
  );
}
