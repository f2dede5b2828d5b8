import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { useTranslation } from '../../ui/i18n';
import { Link, useSearchParams } from 'react-router';
import type { Municipality } from '../../core/schema';
import { needStatus } from '../../core/schema';
import { useEntities } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { FilterSelect } from '../../ui/FilterSelect';
import { municipalityName, municipalityOptions } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import type { NeedFilter } from './need-query';
import { COUNTY_WIDE, needQuery, newNeedPath, readNeedFilter } from './need-query';
import { NeedListItem } from './NeedListItem';
import { May } from '../../ui/may';

export function NeedsPage() {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const [params, setParams] = useSearchParams();
  const needs = useEntities('needs');
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  if (!needs || !fields || !municipalities) return <Loading />;

  const lang = i18n.language;
  const filter = readNeedFilter(params);
  const kindLabel = (kind: Municipality['kind']) => t(`common:municipalityKind.${kind}`);
  const names = new Map(municipalities.map((m) => [m.id, municipalityName(m, kindLabel)]));
  const fieldNames = new Map(fields.map((f) => [f.id, f.name]));
  const shown = needs
    .filter((n) => !filter.field || n.fieldId === filter.field)
    .filter((n) => !filter.status || n.status === filter.status)
    .filter((n) => !filter.municipality || (filter.municipality === COUNTY_WIDE ? n.municipalityId === null : n.municipalityId === filter.municipality))
    .sort((a, b) => b.identifiedOn.localeCompare(a.identifiedOn));

  const setFilter = (key: keyof NeedFilter, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(needQuery[key], value);
    else next.delete(needQuery[key]);
    setParams(next, { replace: true });
  };
  const all = { value: '', label: t('needs.all') };
  const filters: { key: keyof NeedFilter; label: string; options: { value: string; label: string }[] }[] = [
    { key: 'field', label: t('needs.field'), options: [all, ...[...fields].sort((a, b) => a.order - b.order).map((f) => ({ value: f.id, label: f.name }))] },
    { key: 'municipality', label: t('needs.municipality'), options: [all, { value: COUNTY_WIDE, label: t('needs.countyWide') }, ...municipalityOptions(municipalities, lang, kindLabel)] },
    { key: 'status', label: t('needs.status'), options: [all, ...needStatus.options.map((s) => ({ value: s, label: t(`common:needStatus.${s}`) }))] },
  ];

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.municipalities() }, { label: t('needs.title') }]} />
      <PageTitle>{t('needs.title')}</PageTitle>
      <p>{t('needs.intro')}</p>
      <May kind="needs" operation="create">
        <div className="actions">
          <Link className="button primary" to={newNeedPath({ municipality: filter.municipality, field: filter.field })}>
            {t('needs.add')}
          </Link>
        </div>
      </May>
      <section aria-labelledby="need-filters-title" className="card">
        <h2 id="need-filters-title">{t('needs.filters')}</h2>
        <div className="filters">
          {filters.map(({ key, label, options }) => (
            <FilterSelect key={key} id={`need-filter-${key}`} label={label} value={filter[key]} options={options} onChange={(value) => setFilter(key, value)} />
          ))}
        </div>
      </section>
      <p role="status">{t('needs.count', { count: shown.length })}</p>
      {shown.length === 0 ? <p>{t('needs.none')}</p> : null}
      <ul className="list card">
        {shown.map((need) => (
          <NeedListItem
            key={need.id}
            need={need}
            fieldName={fieldNames.get(need.fieldId) ?? t('needs.unknownField')}
            place={need.municipalityId === null ? t('common:states.countyWide') : (names.get(need.municipalityId) ?? t('common:states.none'))}
          />
        ))}
      </ul>
    </>
  );
}
