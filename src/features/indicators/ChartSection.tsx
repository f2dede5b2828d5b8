// The indicator's chart, with a choice of municipalities to draw beside the county line. The
// choice lives in the URL (?vergleich=<id>,<id>) so a comparison can be bookmarked and shared.
import { useTranslation } from '../../ui/i18n';
import { useSearchParams } from 'react-router';
import type { Indicator, Measurement, Municipality } from '../../core/schema';
import { today } from '../../db/context';
import { IndicatorChart } from '../../ui/charts/IndicatorChart';

const COMPARE = 'vergleich';
/** More lines than this are hard to tell apart without colour. */
const MAX_COMPARED = 4;

type Props = { indicator: Indicator; measurements: Measurement[]; municipalities: Municipality[] };

export function ChartSection({ indicator, measurements, municipalities }: Props) {
  const { t, i18n } = useTranslation('indicators');
  const [params, setParams] = useSearchParams();
  const withValues = new Set(measurements.filter((m) => m.municipalityId !== null).map((m) => m.municipalityId));
  const choices = municipalities.filter((m) => withValues.has(m.id)).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const chosen = (params.get(COMPARE) ?? '').split(',').filter((id) => choices.some((c) => c.id === id));
  const toggle = (id: string, on: boolean) => {
    const next = new URLSearchParams(params);
    const ids = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    if (ids.length) next.set(COMPARE, ids.join(','));
    else next.delete(COMPARE);
    setParams(next, { replace: true });
  };

  return (
    <section aria-labelledby="chart-title" className="card">
      <h2 id="chart-title">{t('chartTitle')}</h2>
      <IndicatorChart
        indicator={indicator}
        measurements={measurements}
        municipalities={choices.filter((c) => chosen.includes(c.id))}
        lang={i18n.language}
        today={today()}
      />
      {indicator.byMunicipality && choices.length > 0 ? (
        <fieldset className="chart-compare checkbox-group">
          <legend>{t('compareLegend', { max: MAX_COMPARED })}</legend>
          {choices.map((place) => {
            const checked = chosen.includes(place.id);
            return (
              <label key={place.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_COMPARED}
                  onChange={(event) => toggle(place.id, event.target.checked)}
                />
                {place.name}
              </label>
            );
          })}
        </fieldset>
      ) : null}
    </section>
  );
}
