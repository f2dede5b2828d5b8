import { useTranslation } from '../../ui/i18n';
import type { DatedValue, Indicator } from '../../core/schema';
import { formatDate, formatNumber } from '../../ui/format';

export function IndicatorFacts({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const lang = i18n.language;
  const dated = (d: DatedValue) => t('datedValue', { value: formatNumber(d.value, lang), unit: indicator.unit, date: formatDate(d.date, lang) });
  return (
    <section aria-labelledby="facts-title" className="card">
      <h2 id="facts-title">{t('facts')}</h2>
      <dl className="facts">
        <dt>{t('definition')}</dt>
        <dd>{indicator.definition}</dd>
        <dt>{t('unit')}</dt>
        <dd>{indicator.unit}</dd>
        <dt>{t('dataSource')}</dt>
        <dd>{indicator.dataSource}</dd>
        <dt>{t('direction')}</dt>
        <dd>{t(`common:direction.${indicator.direction}`)}</dd>
        <dt>{t('period')}</dt>
        <dd>{t(`common:period.${indicator.period}`)}</dd>
        <dt>{t('byMunicipality')}</dt>
        <dd>{indicator.byMunicipality ? t('yes') : t('no')}</dd>
        <dt>{t('baseline')}</dt>
        <dd>{dated(indicator.baseline)}</dd>
        <dt>{t('target')}</dt>
        <dd>{dated(indicator.target)}</dd>
        <dt>{t('warningThreshold')}</dt>
        <dd>
          {indicator.warningThreshold === null ? t('noThreshold') : `${formatNumber(indicator.warningThreshold, lang)} ${indicator.unit}`}
        </dd>
      </dl>
    </section>
  );
}
