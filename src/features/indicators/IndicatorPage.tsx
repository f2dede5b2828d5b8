import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import { assessIndicator } from '../../core/indicator-status';
import type { Goal, Indicator, Measure, Measurement } from '../../core/schema';
import { today } from '../../db/context';
import { useEntities, useEntitiesWhere, useEntity, useStoredEntities } from '../../db/hooks';
import { formatNumber } from '../../ui/format';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { HistoryAction } from '../../replica/HistoryLink';
import { paths } from '../../ui/paths';
// Registers the words for entries deleted since ('entries:deletedMark').
import '../../ui/entry-i18n';
import { reasonText } from '../../ui/status-reasons';
import { ChartSection } from './ChartSection';
import { IndicatorFacts } from './IndicatorFacts';
import { IndicatorStatusBadge } from './IndicatorStatusBadge';
import { MeasurementsSection } from './MeasurementsSection';

export function IndicatorPage() {
  const { indicatorId } = useParams();
  const { t } = useTranslation(['indicators', 'common']);
  const indicator = useEntity('indicators', indicatorId);
  const measurements = useEntitiesWhere('measurements', 'indicatorId', indicatorId);
  const goals = useEntities('goals');
  // Deleted ones too: a link to a measure deleted since stays readable, marked as deleted.
  const measures = useStoredEntities('measures');
  const municipalities = useEntities('municipalities');
  if (indicator === undefined || !measurements || !goals || !measures || !municipalities) return <Loading />;
  if (indicator === null) return <NotFound />;

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.indicators() }, { label: indicator.name }]} />
      <PageTitle>{indicator.name}</PageTitle>
      <HistoryAction kind="indicators" id={indicator.id} />
      <StatusSection indicator={indicator} measurements={measurements} />
      <ChartSection indicator={indicator} measurements={measurements} municipalities={municipalities} />
      <IndicatorFacts indicator={indicator} />
      <LinkedPlan indicator={indicator} goals={goals} measures={measures} />
      <MeasurementsSection indicator={indicator} measurements={measurements} municipalities={municipalities} />
    </>
  );
}

function StatusSection({ indicator, measurements }: { indicator: Indicator; measurements: Measurement[] }) {
  const { t, i18n } = useTranslation('indicators');
  const lang = i18n.language;
  const assessment = assessIndicator(indicator, measurements, today());
  const { latest, expected } = assessment;
  return (
    <section aria-labelledby="status-title" className="card">
      <h2 id="status-title">{t('statusTitle')}</h2>
      <p>
        <IndicatorStatusBadge status={assessment.status} />
      </p>
      {latest ? (
        <p>
          {t('statusLatest', { value: formatNumber(latest.value, lang), unit: indicator.unit, period: latest.period })}{' '}
          {t('statusExpected', { value: formatNumber(expected, lang), unit: indicator.unit })}
          {assessment.thresholdCrossed ? ` ${t('statusThreshold')}` : null}
        </p>
      ) : (
        <p>{t('statusNoData')}</p>
      )}
      <p>{t('expectedToday', { value: formatNumber(assessment.expectedToday, lang), unit: indicator.unit })}</p>
      <h3>{t('statusWhy')}</h3>
      <ul className="status-reasons">
        {assessment.reasons.map((reason) => (
          <li key={reason.code}>{reasonText(reason, indicator.unit, lang)}</li>
        ))}
      </ul>
    </section>
  );
}

function LinkedPlan({ indicator, goals, measures }: { indicator: Indicator; goals: Goal[]; measures: Measure[] }) {
  const { t } = useTranslation('indicators');
  const linkedGoals = goals.filter((g) => indicator.goalIds.includes(g.id));
  const linkedMeasures = measures.filter((m) => indicator.measureIds.includes(m.id));
  return (
    <section aria-labelledby="linked-title" className="card">
      <h2 id="linked-title">{t('linked')}</h2>
      <h3>{t('goals')}</h3>
      {linkedGoals.length === 0 ? <p>{t('noGoals')}</p> : null}
      <ul className="list">
        {linkedGoals.map((goal) => (
          <li key={goal.id}>
            <Link className="row" to={paths.goal(goal.id)}>
              {goal.title}
            </Link>
          </li>
        ))}
      </ul>
      <h3>{t('measures')}</h3>
      {linkedMeasures.length === 0 ? <p>{t('noMeasures')}</p> : null}
      <ul className="list">
        {linkedMeasures.map((measure) => (
          <li key={measure.id}>
            <Link className="row" to={paths.measure(measure.id)}>
              {measure.deleted ? t('entries:deletedMark', { name: measure.title }) : measure.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
