// The review's recommended adaptations, each applicable to the concept once: a new measure is
// created (planned, under its goal), a change retitles and redescribes the measure, a drop
// sets it to dropped. The measure gets a progress note naming the review; the adaptation gets
// appliedAt (and the id of the measure), in the same write (apply-adaptation.ts).
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { describeProblem } from '../../core/messages';
import type { Adaptation, Goal, Measure, ProgressNote, Review } from '../../core/schema';
import { recordContext, today } from '../../db/context';
import { formatDate } from '../../ui/format';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { applyAdaptation } from './apply-adaptation';
import { useMay } from '../../ui/may';

type Props = { review: Review; goals: Goal[]; measures: Measure[] };

export function AdaptationList({ review, goals, measures }: Props) {
  const { t, i18n } = useTranslation(['reviews', 'common']);
  const [error, setError] = useState('');
  const mayEdit = useMay('reviews', 'update') === true;
  const lang = i18n.language;
  if (review.adaptations.length === 0) return <p>{t('noAdaptations')}</p>;

  const apply = async (adaptation: Adaptation) => {
    setError('');
    const note: ProgressNote = {
      id: crypto.randomUUID(),
      date: today(),
      text: t(`note.${adaptation.kind}`, { review: review.title, title: adaptation.title }),
      author: recordContext().by,
    };
    const outcome = await applyAdaptation(review, adaptation, note, t('responsibleToBeDecided'));
    if (outcome.ok) return;
    if ('problems' in outcome) setError(outcome.problems.map((p) => describeProblem(p, lang)).join(' '));
    else setError(outcome.reason === 'missing_measure' ? t('missingMeasure') : t('changedMeanwhile'));
  };

  const targetName = (a: Adaptation) => {
    if (a.kind === 'new_measure') return goals.find((g) => g.id === a.goalId)?.title ?? '–';
    return measures.find((m) => m.id === a.measureId)?.title ?? t('missingMeasure');
  };

  return (
    <>
      {error ? (
        <p role="alert" className="form-errors">
          {error}
        </p>
      ) : null}
      <ul className="review-adaptations">
        {review.adaptations.map((a) => (
          <li key={a.id}>
            <strong>{t(`kinds.${a.kind}`)}</strong>: {a.title}
            <br />
            <span className="meta">{t('target', { kind: a.kind === 'new_measure' ? t('goal') : t('measure'), name: targetName(a) })}</span>
            {a.description ? <p>{a.description}</p> : null}
            <p>
              {a.appliedAt ? (
                <>
                  <StatusBadge tone="good">{t('appliedOn', { date: formatDate(a.appliedAt, i18n.language) })}</StatusBadge>{' '}
                  {a.measureId ? <Link to={paths.measure(a.measureId)}>{t('openMeasure')}</Link> : null}
                </>
              ) : (
                <StatusBadge tone="info">{t('notApplied')}</StatusBadge>
              )}
            </p>
            {!a.appliedAt && review.status === 'open' && mayEdit ? (
              <button type="button" className="button" aria-label={t('applyNamed', { title: a.title })} onClick={() => void apply(a)}>
                {t('apply')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
