// The council report: a title page, a summary of statuses, then each field of action on its
// own pages. The chosen review lives in the URL (?evaluation=<id>), so a printed or shared
// link shows the same report; without one the latest review is used.
import { useEffect } from 'react';
import { useTranslation } from '../../ui/i18n';
import { useSearchParams } from 'react-router';
import { gapAnalysis } from '../../core/gap-analysis';
import { goalStatus } from '../../core/rollup';
import { today as todayIso } from '../../db/context';
import { useEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { TableScroll } from '../../ui/TableScroll';
import { paths } from '../../ui/paths';
import { ReportField } from './ReportField';
import { countByStatus, goalLines, statuses } from './report-model';
import './report-print.css';

const NONE = 'keine';

export function ReportPage() {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const [params, setParams] = useSearchParams();
  const concepts = useEntities('concepts');
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const measures = useEntities('measures');
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  const reviews = useEntities('reviews');
  const needs = useEntities('needs');
  const offers = useEntities('offers');
  const municipalities = useEntities('municipalities');
  const countyName = concepts?.[0]?.county.name ?? '';
  const documentTitle = `${t('reportTitle')} – ${countyName}`;
  // The browser names a saved PDF after the document title, and Chromium puts it at the top
  // of the PDF's outline: so while the report is shown, the title is the report's.
  useEffect(() => {
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [documentTitle]);
  if (!concepts || !fields || !goals || !measures || !indicators || !measurements || !reviews || !needs || !offers || !municipalities) return <Loading />;

  const lang = i18n.language;
  const today = todayIso();
  const ordered = [...reviews].sort((a, b) => a.period.localeCompare(b.period, 'de', { numeric: true }) || a.openedOn.localeCompare(b.openedOn));
  const chosen = params.get('evaluation');
  const review = chosen === NONE ? null : (ordered.find((r) => r.id === chosen) ?? ordered.at(-1) ?? null);
  const concept = concepts[0];
  const sortedFields = [...fields].sort((a, b) => a.order - b.order);
  const fieldOrder = new Map(sortedFields.map((f, i) => [f.id, i]));
  const sortedGoals = [...goals].sort((a, b) => (fieldOrder.get(a.fieldId) ?? 0) - (fieldOrder.get(b.fieldId) ?? 0) || a.title.localeCompare(b.title, 'de'));
  const data = { indicators, measurements, measures };
  const lines = goalLines(sortedGoals, review, (goal) => goalStatus(goal, data, today).status);
  const counts = countByStatus(lines);
  const gapMatrix = gapAnalysis({ fields, goals, municipalities, needs, offers, measures });
  const placeNames = new Map(gapMatrix.columns.flatMap((c) => (c.municipality ? [[c.id, c.municipality.name] as [string, string]] : [])));
  const goalField = new Map(goals.map((g) => [g.id, g.fieldId]));
  const period = review?.period ?? today.slice(0, 4);

  return (
    <>
      <div className="report-controls">
        <Breadcrumbs items={[{ label: t('evaluation'), to: paths.evaluation() }, { label: t('title') }]} />
        <section aria-label={t('controls')} className="card">
          <label className="field">
            <span className="field-label">{t('review')}</span>
            <select
              value={review?.id ?? NONE}
              onChange={(e) => setParams(e.target.value ? { evaluation: e.target.value } : {}, { replace: true })}
            >
              {[...ordered].reverse().map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
              <option value={NONE}>{t('noReview')}</option>
            </select>
          </label>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => window.print()}>
              {t('print')}
            </button>
          </div>
          <p className="meta">{t('printHint')}</p>
        </section>
      </div>

      <article className="report" lang={lang}>
        <section className="report-title-page" aria-labelledby="report-title">
          <p className="report-county">{concept?.county.name ?? ''}</p>
          <div id="report-title">
            <PageTitle>{t('reportTitle')}</PageTitle>
          </div>
          <p className="report-concept">{concept?.title ?? t('empty')}</p>
          <dl className="facts">
            <dt>{t('county')}</dt>
            <dd>{concept?.county.name ?? '–'}</dd>
            <dt>{t('period')}</dt>
            <dd>{period}</dd>
            <dt>{t('basis')}</dt>
            <dd>
              {review
                ? t('basisReview', {
                    title: review.title,
                    state: review.closedOn ? t('reviewState.closed', { date: formatDate(review.closedOn, lang) }) : t('reviewState.open'),
                  })
                : t('basisComputed', { date: formatDate(today, lang) })}
            </dd>
            <dt>{t('asOf')}</dt>
            <dd>{formatDate(today, lang)}</dd>
          </dl>
        </section>

        <section className="report-summary" aria-labelledby="report-summary">
          <h2 id="report-summary">{t('summary')}</h2>
          <p>{t('summaryText', { total: lines.length, ...counts })}</p>
          <TableScroll label={t('summaryTable')}>
          <table className="report-table">
            <caption>{t('summaryTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('count')}</th>
              </tr>
            </thead>
            <tbody>
              {statuses.map((s) => (
                <tr key={s}>
                  <th scope="row">{t(`goalStatus.${s}`)}</th>
                  <td>{counts[s]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          <TableScroll label={t('fieldsTable')}>
          <table className="report-table">
            <caption>{t('fieldsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                {statuses.map((s) => (
                  <th key={s} scope="col">
                    {t(`goalStatus.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sortedFields.map((field) => {
                const own = countByStatus(lines.filter((l) => l.goal.fieldId === field.id));
                return (
                  <tr key={field.id}>
                    <th scope="row">{field.name}</th>
                    {statuses.map((s) => (
                      <td key={s}>{own[s]}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          </TableScroll>
          {review?.findings ? (
            <>
              <h3>{t('overallFindings')}</h3>
              <p className="prose-text">{review.findings}</p>
            </>
          ) : null}
        </section>

        {sortedFields.map((field) => (
          <ReportField
            key={field.id}
            field={field}
            lines={lines.filter((l) => l.goal.fieldId === field.id)}
            indicators={indicators}
            measurements={measurements}
            gapRow={gapMatrix.rows.find((r) => r.field.id === field.id)}
            adaptations={review?.adaptations.filter((a) => a.goalId !== null && goalField.get(a.goalId) === field.id) ?? []}
            placeNames={placeNames}
            today={today}
          />
        ))}
      </article>
    </>
  );
}
