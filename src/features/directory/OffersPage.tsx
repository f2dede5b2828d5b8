import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useSearchParams } from 'react-router';
import type { Municipality } from '../../core/schema';
import { targetGroups } from '../../core/schema';
import type { OfferFilter, SearchState } from '../../core/search/filters';
import { emptyFilter, readSearchState, searchStateQuery } from '../../core/search/filters';
import { languageName } from '../../core/search/languages';
import { useEntities } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { FilterSelect } from '../../ui/FilterSelect';
import { municipalityOptions } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { OfferResults } from './OfferResults';
import { useDirectoryData, useOfferSearch } from './use-offer-search';
import './directory.css';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const checks = ['free', 'wheelchair', 'archived'] as const;

export function OffersPage() {
  const { t, i18n } = useTranslation(['directory', 'common']);
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const data = useDirectoryData(lang);
  const fields = useEntities('fieldsOfAction');
  const search = useOfferSearch(data, state.query, state.filter);

  const change = (next: SearchState) => setParams(new URLSearchParams(searchStateQuery(next)), { replace: true });
  const setFilter = <K extends keyof OfferFilter>(key: K, value: OfferFilter[K]) => change({ ...state, filter: { ...state.filter, [key]: value } });

  const languages = useMemo(() => {
    const codes = new Set((data?.offers ?? []).flatMap((o) => o.languages));
    return [...codes].map((code) => ({ value: code, label: languageName(code, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang));
  }, [data, lang]);

  if (!data || !fields || !search) return <Loading />;
  const kindLabel = (kind: Municipality['kind']) => t(`common:municipalityKind.${kind}`);
  const offers = new Map(data.offers.map((o) => [o.id, o]));
  const providers = new Map(data.providers.map((p) => [p.id, p.name]));
  const shown = search.ids.map((id) => offers.get(id)).filter((o) => o !== undefined);
  const any = { value: '', label: t('search.any') };
  const selects: { key: 'field' | 'municipality' | 'targetGroup' | 'language'; label: string; options: { value: string; label: string }[] }[] = [
    { key: 'field', label: t('search.field'), options: [any, ...[...fields].sort((a, b) => a.order - b.order).map((f) => ({ value: f.id, label: f.name }))] },
    { key: 'municipality', label: t('search.municipality'), options: [any, ...municipalityOptions(data.municipalities as Municipality[], lang, kindLabel)] },
    { key: 'targetGroup', label: t('search.targetGroup'), options: [any, ...targetGroups.map((g) => ({ value: g, label: t(`common:targetGroup.${g}`) }))] },
    { key: 'language', label: t('search.language'), options: [any, ...languages] },
  ];

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <div className="actions">
        <Link className="button" to={paths.providers()}>
          {t('providers')}
        </Link>
        <Link className="button" to={paths.referrals()}>
          {t('search.referrals')}
        </Link>
      </div>
      <div role="search" className="card directory-search">
        <div className="field">
          <label className="field-label" htmlFor="offer-query">
            {t('search.label')}
          </label>
          <input
            id="offer-query"
            type="search"
            autoComplete="off"
            aria-describedby="offer-query-hint"
            value={state.query}
            onChange={(event) => change({ ...state, query: event.target.value })}
          />
          <p className="field-hint" id="offer-query-hint">
            {t('search.hint')}
          </p>
        </div>
        <fieldset className="directory-filters">
          <legend>{t('search.filters')}</legend>
          {selects.map(({ key, label, options }) => (
            <FilterSelect key={key} id={`offer-filter-${key}`} label={label} value={state.filter[key]} options={options} onChange={(value) => setFilter(key, value as never)} />
          ))}
          <div className="field">
            <label className="field-label" htmlFor="offer-filter-weekday">
              {t('search.weekday')}
            </label>
            <select id="offer-filter-weekday" value={state.filter.weekday ?? ''} onChange={(event) => setFilter('weekday', event.target.value ? Number(event.target.value) : null)}>
              <option value="">{t('search.anyDay')}</option>
              {weekdays.map((day) => (
                <option key={day} value={day}>
                  {t(`weekdays.d${day}`)}
                </option>
              ))}
            </select>
          </div>
          {checks.map((key) => (
            <label className="directory-check" key={key}>
              <input type="checkbox" checked={state.filter[key]} onChange={(event) => setFilter(key, event.target.checked)} />
              {t(`search.${key}`)}
            </label>
          ))}
          <button type="button" className="button" onClick={() => change({ query: state.query, filter: emptyFilter })}>
            {t('search.reset')}
          </button>
        </fieldset>
      </div>
      <p role="status" aria-live="polite" className="directory-count">
        {search.mode === 'some' ? `${t('search.some')} ` : null}
        {t('search.count', { count: shown.length })}
        {search.indexed ? null : <span className="directory-preparing"> {t('search.preparing')}</span>}
      </p>
      {shown.length === 0 ? <p>{t('search.none')}</p> : <OfferResults offers={shown} providers={providers} />}
    </>
  );
}
