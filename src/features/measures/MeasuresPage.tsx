import { useTranslation } from '../../ui/i18n';
import { useSearchParams } from 'react-router';
import type { MeasureStatus } from '../../core/schema';
import { measureStatus } from '../../core/schema';
import { useEntities } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { MeasureRow } from '../../ui/MeasureRow';
import { PageTitle } from '../../ui/PageTitle';

/** The status filter lives in the URL (?status=active), so a filtered list can be bookmarked and shared. */
function statusFrom(params: URLSearchParams): MeasureStatus | null {
  const parsed = measureStatus.safeParse(params.get('status'));
  return parsed.success ? parsed.data : null;
}

export function MeasuresPage() {
  const { t } = useTranslation(['measures', 'common']);
  const [params, setParams] = useSearchParams();
  const measures = useEntities('measures');
  const status = statusFrom(params);
  if (!measures) return <Loading />;

  const shown = measures.filter((m) => status === null || m.status === status).sort((a, b) => a.title.localeCompare(b.title));
  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    setParams(next);
  };

  return (
    <>
      <PageTitle>{t('listTitle')}</PageTitle>
      <div className="field">
        <label className="field-label" htmlFor="measure-status-filter">
          {t('filter.label')}
        </label>
        <select id="measure-status-filter" value={status ?? ''} onChange={(event) => choose(event.target.value)}>
          <option value="">{t('filter.all')}</option>
          {measureStatus.options.map((value) => (
            <option key={value} value={value}>
              {t(`common:measureStatus.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status">{t('filter.count', { count: shown.length })}</p>
      {shown.length === 0 ? <p>{t('filter.empty')}</p> : null}
      <ul className="list card">
        {shown.map((measure) => (
          <MeasureRow key={measure.id} measure={measure} />
        ))}
      </ul>
    </>
  );
}
