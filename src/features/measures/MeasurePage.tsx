import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import type { Measure } from '../../core/schema';
import { useEntities, useEntitiesWhere, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatDate, formatMoney, formatNumber } from '../../ui/format';
import { EntryNotFound } from '../../ui/EntryNotFound';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { measureStatusTone } from '../../ui/status-tones';
import { useMeasureTrail } from './measure-trail';
import { ProgressNotes } from './ProgressNotes';
import { StatusChanger } from './StatusChanger';
import { HistoryAction, HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function MeasurePage() {
  const { measureId } = useParams();
  const { t } = useTranslation('measures');
  const measure = useEntity('measures', measureId);
  const trail = useMeasureTrail(measure);
  if (measure === undefined || !trail) return <Loading />;
  if (measure === null) return <EntryNotFound kind="measures" id={measureId}><HistoryAction kind="measures" id={measureId ?? ''} /></EntryNotFound>;

  return (
    <>
      <Breadcrumbs items={[...trail, { label: measure.title }]} />
      <PageTitle>{measure.title}</PageTitle>
      <MeasureFacts measure={measure} />
      <div className="actions">
        <May kind="measures" operation="update" field="title">
          <Link className="button primary" to={paths.measureEdit(measure.id)}>
            {t('detail.edit')}
          </Link>
        </May>
        <HistoryLink kind="measures" id={measure.id} />
      </div>
      <May kind="measures" operation="update" field="status">
        <StatusChanger measure={measure} />
      </May>
      <MeasureIndicators measureId={measure.id} />
      <ProgressNotes measure={measure} />
    </>
  );
}

function MeasureFacts({ measure }: { measure: Measure }) {
  const { t, i18n } = useTranslation(['measures', 'common']);
  const goals = useEntities('goals');
  const providers = useEntities('providers');
  const municipalities = useEntities('municipalities');
  if (!goals || !providers || !municipalities) return <Loading />;

  const lang = i18n.language;
  const none = t('detail.none');
  const linkedGoals = goals.filter((g) => measure.goalIds.includes(g.id));
  const partners = providers.filter((p) => measure.partnerProviderIds.includes(p.id)).map((p) => p.name);
  const places = municipalities.filter((m) => measure.municipalityIds.includes(m.id)).map((m) => m.name);
  const groups = measure.targetGroups.map((g) => t(`common:targetGroup.${g}`));
  const start = measure.start ? formatDate(measure.start, lang) : null;
  const end = measure.end ? formatDate(measure.end, lang) : null;
  const period =
    start && end ? t('detail.periodRange', { start, end }) : start ? t('detail.periodFrom', { start }) : end ? t('detail.periodUntil', { end }) : t('detail.periodOpen');

  return (
    <section className="card" aria-labelledby="measure-facts">
      <h2 id="measure-facts">{t('detail.facts')}</h2>
      {measure.description ? <p className="prose-text">{measure.description}</p> : null}
      <dl className="facts">
        <dt>{t('detail.status')}</dt>
        <dd>
          <StatusBadge tone={measureStatusTone[measure.status]}>{t(`common:measureStatus.${measure.status}`)}</StatusBadge>
        </dd>
        <dt>{t('detail.goals')}</dt>
        <dd>
          <ul className="plain">
            {linkedGoals.map((goal) => (
              <li key={goal.id}>
                <Link to={paths.goal(goal.id)}>{goal.title}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('detail.responsibleUnit')}</dt>
        <dd>{measure.responsibleUnit}</dd>
        <dt>{t('detail.partners')}</dt>
        <dd>{partners.length > 0 ? partners.join(', ') : none}</dd>
        <dt>{t('detail.targetGroups')}</dt>
        <dd>{groups.length > 0 ? groups.join(', ') : none}</dd>
        <dt>{t('detail.municipalities')}</dt>
        <dd>{places.length > 0 ? places.join(', ') : t('common:states.countyWide')}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>{period}</dd>
        <dt>{t('detail.staffHours')}</dt>
        <dd>{formatNumber(measure.staffHoursPerYear, lang)}</dd>
        <dt>{t('detail.budget')}</dt>
        <dd>{formatMoney(measure.budgetPerYear, lang)}</dd>
      </dl>
    </section>
  );
}

function MeasureIndicators({ measureId }: { measureId: string }) {
  const { t } = useTranslation('measures');
  const indicators = useEntitiesWhere('indicators', 'measureIds', measureId);
  if (!indicators) return <Loading />;
  return (
    <section className="card" aria-labelledby="measure-indicators">
      <h2 id="measure-indicators">{t('detail.indicators')}</h2>
      {indicators.length === 0 ? <p>{t('detail.noIndicators')}</p> : null}
      <ul className="list">
        {indicators.map((indicator) => (
          <li key={indicator.id}>
            <Link className="row" to={paths.indicator(indicator.id)}>
              <span>{indicator.name}</span>
              <span className="meta">{indicator.unit}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
