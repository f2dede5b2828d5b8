import { lazy, Suspense } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { countySeries } from '../../core/indicator-status';
import { conceptStatus, indexRollup } from '../../core/rollup';
import { groupByIndicator } from '../../core/series';
import { measureStatuses } from '../../core/vocabulary';
import { authorName } from '../../db/author';
import { today } from '../../db/context';
import { useEntities, useRecentChanges } from '../../db/hooks';
import { useConnection } from '../../replica/connection';
import { Sparkline } from '../../ui/charts/Sparkline';
import { formatDate, formatNumber } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { measureStatusTone } from '../../ui/status-tones';
import { StatusBoard } from './StatusBoard';

const OpenConflictsNotice = lazy(() => import('./OpenConflictsNotice').then((m) => ({ default: m.OpenConflictsNotice })));

const recentPath = { goals: paths.goal, measures: paths.measure, indicators: paths.indicator, needs: paths.need };

export function OverviewPage() {
  const { t, i18n } = useTranslation(['overview', 'common']);
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const measures = useEntities('measures');
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  const recent = useRecentChanges(8);
  const connection = useConnection();
  if (!fields || !goals || !measures || !indicators || !measurements) return <Loading />;

  const data = { indicators, measurements, measures };
  const day = today();
  const rollups = conceptStatus(fields, goals, data, day);
  const assessments = indexRollup(data, day).assessments;
  const byIndicator = groupByIndicator(measurements);
  const attention = indicators
    .map((indicator) => ({ indicator, assessment: assessments.get(indicator.id)! }))
    .filter(({ assessment }) => assessment.status === 'at_risk' || assessment.status === 'off_track');
  const lang = i18n.language;
  // Without a name set on the device, a change reads "auf diesem Gerät", not "von lokal".
  const changedBy = (at: string, by: string) => {
    const name = authorName(by);
    return name ? t('changedBy', { date: formatDate(at, lang), by: name }) : t('changedHere', { date: formatDate(at, lang) });
  };

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      {fields.length === 0 ? <p>{t('empty')}</p> : null}
      {/* What waits for the coordinator alone (issue 18); loaded on her device only. */}
      {connection?.role === 'coordinator' ? (
        <Suspense fallback={null}>
          <OpenConflictsNotice />
        </Suspense>
      ) : null}
      <StatusBoard rollups={rollups} fields={fields} goals={goals} />
      <div className="grid overview-cards">
        <section className="card" aria-labelledby="ov-measures">
          <h2 id="ov-measures">{t('measures')}</h2>
          <ul className="list">
            {measureStatuses.map((status) => (
              <li key={status}>
                <Link className="row" to={`${paths.measures()}?status=${status}`}>
                  <StatusBadge tone={measureStatusTone[status]}>{t(`common:measureStatus.${status}`)}</StatusBadge>
                  <span className="stat">{measures.filter((m) => m.status === status).length}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="ov-attention">
          <h2 id="ov-attention">{t('attention')}</h2>
          {attention.length === 0 ? <p>{t('noAttention')}</p> : null}
          <ul className="list">
            {attention.map(({ indicator, assessment }) => (
              <li key={indicator.id}>
                <Link className="row" to={paths.indicator(indicator.id)}>
                  <span>
                    {indicator.name}
                    <br />
                    <span className="meta">
                      {t('latest', {
                        value: formatNumber(assessment.latest?.value, lang),
                        unit: indicator.unit,
                        period: assessment.latest?.period,
                        expected: formatNumber(assessment.expected, lang),
                      })}
                    </span>
                  </span>
                  <Sparkline values={countySeries(byIndicator.get(indicator.id) ?? []).map((m) => m.value)} label={t('trend')} lang={lang} />
                  <StatusBadge tone={assessment.status === 'off_track' ? 'bad' : 'warn'}>{t(`status.${assessment.status}`)}</StatusBadge>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="ov-recent">
          <h2 id="ov-recent">{t('recent')}</h2>
          {recent && recent.length === 0 ? <p>{t('noRecent')}</p> : null}
          <ul className="list">
            {recent?.map((change) => (
              <li key={`${change.kind}-${change.id}`}>
                <Link className="row" to={recentPath[change.kind](change.id)}>
                  <span>
                    <span className="meta">{t(`kind.${change.kind}`)}: </span>
                    {change.title}
                  </span>
                  <span className="meta">{changedBy(change.updatedAt, change.updatedBy)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
