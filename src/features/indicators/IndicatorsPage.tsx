import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { assessIndicator, countySeries } from '../../core/indicator-status';
import { groupByIndicator } from '../../core/series';
import { useEntities } from '../../db/hooks';
import { Sparkline } from '../../ui/charts/Sparkline';
import { formatNumber } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { IndicatorStatusBadge } from './IndicatorStatusBadge';
import './indicators.css';

export function IndicatorsPage() {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  if (!indicators || !measurements) return <Loading />;
  const lang = i18n.language;
  const byIndicator = groupByIndicator(measurements);
  const rows = [...indicators]
    .sort((a, b) => a.name.localeCompare(b.name, lang))
    .map((indicator) => {
      const own = byIndicator.get(indicator.id) ?? [];
      return { indicator, assessment: assessIndicator(indicator, own), trend: countySeries(own).map((m) => m.value) };
    });

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      {rows.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="list card">
        {rows.map(({ indicator, assessment, trend }) => (
          <li key={indicator.id}>
            <Link className="row" to={paths.indicator(indicator.id)}>
              <span>
                {indicator.name}
                <br />
                <span className="meta">
                  {t('listMeta', { unit: indicator.unit, direction: t(`common:direction.${indicator.direction}`) })}
                  <br />
                  {assessment.latest
                    ? t('latest', { value: formatNumber(assessment.latest.value, lang), unit: indicator.unit, period: assessment.latest.period })
                    : t('noLatest')}
                </span>
              </span>
              <span className="indicator-row-status">
                {trend.length > 1 ? <Sparkline values={trend} label={t('trend')} lang={lang} /> : null}
                <IndicatorStatusBadge status={assessment.status} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
