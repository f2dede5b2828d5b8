import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import { fieldStatus } from '../../core/rollup';
import { today } from '../../db/context';
import { useEntities, useEntitiesWhere, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatDate } from '../../ui/format';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { HistoryAction } from '../../replica/HistoryLink';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { RollupSection } from '../../ui/StatusReasons';
import { needStatusTone } from '../../ui/status-tones';
import { GoalForm } from './GoalForm';
import { measuresOfGoal } from './plan-counts';
import { May } from '../../ui/may';

const priorityRank = { high: 0, medium: 1, low: 2 };

export function FieldPage() {
  const { fieldId } = useParams();
  const { t, i18n } = useTranslation(['plan', 'common']);
  const field = useEntity('fieldsOfAction', fieldId);
  const goals = useEntitiesWhere('goals', 'fieldId', fieldId);
  const needs = useEntitiesWhere('needs', 'fieldId', fieldId);
  const measures = useEntities('measures');
  const municipalities = useEntities('municipalities');
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  const [added, setAdded] = useState<{ count: number; title: string }>({ count: 0, title: '' });
  if (field === undefined || !goals || !needs || !measures || !municipalities || !indicators || !measurements) return <Loading />;
  if (field === null) return <NotFound />;

  const lang = i18n.language;
  const orderedGoals = [...goals].sort((a, b) => priorityRank[a.priority] - priorityRank[b.priority] || a.title.localeCompare(b.title));
  const orderedNeeds = [...needs].sort((a, b) => b.identifiedOn.localeCompare(a.identifiedOn));
  const municipalityName = (id: string | null) => (id ? municipalities.find((m) => m.id === id)?.name : undefined) ?? t('common:states.countyWide');

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.fields() }, { label: field.name }]} />
      <PageTitle>{field.name}</PageTitle>
      {field.description ? <p className="prose-text">{field.description}</p> : null}
      <HistoryAction kind="fieldsOfAction" id={field.id} />
      <RollupSection rollup={fieldStatus(field, goals, { indicators, measurements, measures }, today())} lang={lang} />

      <section className="card" aria-labelledby="field-goals">
        <h2 id="field-goals">{t('field.goals')}</h2>
        {orderedGoals.length === 0 ? <p>{t('field.noGoals')}</p> : null}
        <ul className="list">
          {orderedGoals.map((goal) => (
            <li key={goal.id}>
              <Link className="row" to={paths.goal(goal.id)}>
                <span>{goal.title}</span>
                <span className="meta">
                  {t('field.goalMeta', {
                    priority: t(`common:priority.${goal.priority}`),
                    date: goal.targetDate ? formatDate(goal.targetDate, lang) : t('goal.noTargetDate'),
                    measures: t('measureCount', { count: measuresOfGoal(measures, goal.id).length }),
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="field-needs">
        <h2 id="field-needs">{t('field.needs')}</h2>
        <p>{t('field.needCount', { count: needs.length })}</p>
        <ul className="list">
          {orderedNeeds.map((need) => (
            <li key={need.id}>
              <Link className="row" to={paths.need(need.id)}>
                <span>
                  {need.description}
                  <br />
                  <span className="meta">{t('field.needMeta', { where: municipalityName(need.municipalityId), date: formatDate(need.identifiedOn, lang) })}</span>
                </span>
                <StatusBadge tone={needStatusTone[need.status]}>{t(`common:needStatus.${need.status}`)}</StatusBadge>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <May kind="goals" operation="create">
        <section className="card" aria-labelledby="field-add-goal">
          <h2 id="field-add-goal">{t('field.addGoal')}</h2>
          <p role="status">{added.count > 0 ? t('field.goalAdded', { title: added.title }) : null}</p>
          <GoalForm
            key={added.count}
            fieldId={field.id}
            onSaved={(goal) => setAdded((previous) => ({ count: previous.count + 1, title: goal.title }))}
          />
        </section>
      </May>
    </>
  );
}
