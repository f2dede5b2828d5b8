import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import { latestMeasurement } from '../../core/indicator-status';
import { goalStatus } from '../../core/rollup';
import { today } from '../../db/context';
import { useEntities, useEntitiesWhere, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatDate, formatNumber } from '../../ui/format';
import { Loading, NotFound } from '../../ui/Loading';
import { MeasureRow } from '../../ui/MeasureRow';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { RollupSection } from '../../ui/StatusReasons';
import { GoalForm } from './GoalForm';
import { NewMeasureForm } from './NewMeasureForm';
import { HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function GoalPage() {
  const { goalId } = useParams();
  const { t, i18n } = useTranslation(['plan', 'common']);
  const goal = useEntity('goals', goalId);
  // The whole (small) table: a query keyed by goal?.fieldId would answer for the old id at first.
  const fields = useEntities('fieldsOfAction');
  const measures = useEntitiesWhere('measures', 'goalIds', goalId);
  const indicators = useEntitiesWhere('indicators', 'goalIds', goalId);
  const measurements = useEntities('measurements');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const [addedCount, setAddedCount] = useState(0);
  if (goal === undefined || !fields || !measures || !indicators || !measurements) return <Loading />;
  if (goal === null) return <NotFound />;

  const lang = i18n.language;
  const field = fields.find((f) => f.id === goal.fieldId);
  const orderedMeasures = [...measures].sort((a, b) => a.title.localeCompare(b.title));

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.fields() }, ...(field ? [{ label: field.name, to: paths.field(field.id) }] : []), { label: goal.title }]} />
      <PageTitle>{goal.title}</PageTitle>
      <p role="status">{message}</p>
      <RollupSection rollup={goalStatus(goal, { indicators, measurements, measures }, today())} lang={lang} />

      <section className="card" aria-labelledby="goal-facts">
        <h2 id="goal-facts">{t('goal.facts')}</h2>
        <dl className="facts">
          <dt>{t('goal.priority')}</dt>
          <dd>{t(`common:priority.${goal.priority}`)}</dd>
          <dt>{t('goal.targetDate')}</dt>
          <dd>{goal.targetDate ? formatDate(goal.targetDate, lang) : t('goal.noTargetDate')}</dd>
        </dl>
        {goal.description ? <p className="prose-text">{goal.description}</p> : null}
        <div className="actions">
          <May kind="goals" operation="update">
            <button type="button" className="button" aria-expanded={editing} aria-controls="goal-edit" onClick={() => setEditing(!editing)}>
              {editing ? t('goal.closeEdit') : t('goal.edit')}
            </button>
          </May>
          <HistoryLink kind="goals" id={goal.id} />
        </div>
        <div id="goal-edit">
          {editing ? (
            <GoalForm
              fieldId={goal.fieldId}
              goal={goal}
              onSaved={() => {
                setEditing(false);
                setMessage(t('goal.saved'));
              }}
            />
          ) : null}
        </div>
      </section>

      <section className="card" aria-labelledby="goal-measures">
        <h2 id="goal-measures">{t('goal.measures')}</h2>
        {orderedMeasures.length === 0 ? <p>{t('goal.noMeasures')}</p> : null}
        <ul className="list">
          {orderedMeasures.map((measure) => (
            <MeasureRow key={measure.id} measure={measure} />
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="goal-indicators">
        <h2 id="goal-indicators">{t('goal.indicators')}</h2>
        {indicators.length === 0 ? <p>{t('goal.noIndicators')}</p> : null}
        <ul className="list">
          {indicators.map((indicator) => {
            const latest = latestMeasurement(measurements.filter((m) => m.indicatorId === indicator.id));
            return (
              <li key={indicator.id}>
                <Link className="row" to={paths.indicator(indicator.id)}>
                  <span>{indicator.name}</span>
                  <span className="meta">
                    {latest ? t('goal.latest', { value: formatNumber(latest.value, lang), unit: indicator.unit, period: latest.period }) : t('goal.noValue')}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <May kind="measures" operation="create">
        <section className="card" aria-labelledby="goal-add-measure">
          <h2 id="goal-add-measure">{t('goal.addMeasure')}</h2>
          <NewMeasureForm
            key={addedCount}
            goalId={goal.id}
            onSaved={(measure) => {
              setAddedCount((count) => count + 1);
              setMessage(t('goal.measureAdded', { title: measure.title }));
            }}
          />
        </section>
      </May>
    </>
  );
}
