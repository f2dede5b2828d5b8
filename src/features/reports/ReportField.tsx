// One field of action in the report, on its own printed pages: first what a council member
// reads for the field as a whole (adverse developments, gaps in provision from the needs
// analysis, the review's recommendations), then its goals with status and findings, each
// goal's indicators with charts and figures.
import { useTranslation } from '../../ui/i18n';
import { adverseDevelopment } from '../../core/adverse';
import type { GapRow } from '../../core/gap-analysis';
import type { Adaptation, FieldOfAction, Indicator, Measurement } from '../../core/schema';
import { IndicatorChart } from '../../ui/charts/IndicatorChart';
import { formatDate, formatNumber } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import type { GoalLine } from './report-model';
import { fieldStatusOf } from './report-model';
import { statusTone } from './tones';

type Props = {
  field: FieldOfAction;
  lines: GoalLine[];
  indicators: Indicator[];
  measurements: Measurement[];
  gapRow: GapRow | undefined;
  adaptations: Adaptation[];
  /** Gap-matrix column id → municipality name; the county-wide column has none. */
  placeNames: Map<string, string>;
  today: string;
};

export function ReportField({ field, lines, indicators, measurements, gapRow, adaptations, placeNames, today }: Props) {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language;
  const status = fieldStatusOf(lines);
  const own = (goalId: string) => indicators.filter((i) => i.goalIds.includes(goalId));
  const fieldIndicators = [...new Map(lines.flatMap((l) => own(l.goal.id)).map((i) => [i.id, i])).values()];
  const adverse = fieldIndicators.flatMap((indicator) => {
    const found = adverseDevelopment(indicator, measurements);
    return found ? [{ indicator, found }] : [];
  });
  const gaps = gapRow?.cells.filter((c) => c.gap) ?? [];
  const headingId = `report-field-${field.id}`;
  return (
    <section className="report-field" aria-labelledby={headingId}>
      <h2 id={headingId}>{field.name}</h2>
      <p>
        <StatusBadge tone={statusTone[status]}>{t('fieldStatus', { status: t(`goalStatus.${status}`) })}</StatusBadge>
      </p>
      <section className="report-block" aria-labelledby={`${headingId}-adverse`}>
        <h3 id={`${headingId}-adverse`}>{t('adverse')}</h3>
        {adverse.length === 0 ? (
          <p>{t('noAdverse')}</p>
        ) : (
          <ul>
            {adverse.map(({ indicator, found }) => (
              <li key={indicator.id}>
                {found.reason === 'threshold_crossed'
                  ? t('adverseThreshold', {
                      name: indicator.name,
                      value: formatNumber(found.values[0], lang),
                      unit: indicator.unit,
                      period: found.periods[0],
                      threshold: formatNumber(indicator.warningThreshold, lang),
                    })
                  : t('adverseMoving', {
                      name: indicator.name,
                      series: found.periods.map((p, i) => `${p}: ${formatNumber(found.values[i], lang)}`).join(', '),
                    })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="report-block" aria-labelledby={`${headingId}-gaps`}>
        <h3 id={`${headingId}-gaps`}>{t('gaps')}</h3>
        {gaps.length === 0 ? (
          <p>{t('noGaps')}</p>
        ) : (
          <ul>
            {gaps.map((cell) => (
              <li key={cell.columnId}>
                {t('gapLine', { count: cell.needs.length, place: placeNames.get(cell.columnId) ?? t('countyWide') })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="report-block" aria-labelledby={`${headingId}-recommendations`}>
        <h3 id={`${headingId}-recommendations`}>{t('recommendations')}</h3>
        {adaptations.length === 0 ? (
          <p>{t('noRecommendations')}</p>
        ) : (
          <ul>
            {adaptations.map((a) => (
              <li key={a.id}>
                {t('recommendation', { kind: t(`kinds.${a.kind}`), title: a.title })}
                {a.appliedAt ? ` ${t('applied', { date: formatDate(a.appliedAt, lang) })}` : null}
                {a.description ? <span className="report-description"> – {a.description}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {lines.map((line) => (
        <section key={line.goal.id} className="report-goal" aria-labelledby={`report-goal-${line.goal.id}`}>
          {/* The goal's heading and status stay on the page of its first indicator. */}
          <div className="report-goal-head">
            <h3 id={`report-goal-${line.goal.id}`}>{line.goal.title}</h3>
            <p>
              <StatusBadge tone={statusTone[line.status]}>{t('goalStatusLine', { status: t(`goalStatus.${line.status}`) })}</StatusBadge>
            </p>
            {line.status !== line.computed ? <p>{t('overridden', { computed: t(`goalStatus.${line.computed}`), reason: line.overrideReason })}</p> : null}
            {line.findings ? <p className="prose-text">{t('findings', { text: line.findings })}</p> : null}
            <h4>{t('indicators')}</h4>
          </div>
          {own(line.goal.id).length === 0 ? <p>{t('noIndicators')}</p> : null}
          {own(line.goal.id).map((indicator) => (
            <figure key={indicator.id} className="report-chart">
              <figcaption>{indicator.name}</figcaption>
              <IndicatorChart indicator={indicator} measurements={measurements} lang={lang} showTable today={today} />
            </figure>
          ))}
        </section>
      ))}
    </section>
  );
}
