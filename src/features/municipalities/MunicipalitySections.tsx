// What the municipality page shows besides its own facts: the needs recorded for it (and the
// county-wide ones, which apply everywhere), and the measures and offers named for it.
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { Municipality, Need } from '../../core/schema';
import { useEntities, useEntitiesWhere } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { newNeedPath } from './need-query';
import { NeedListItem } from './NeedListItem';

const newestFirst = (a: Need, b: Need) => b.identifiedOn.localeCompare(a.identifiedOn);

export function NeedsOfMunicipality({ municipality, name }: { municipality: Municipality; name: string }) {
  const { t } = useTranslation(['municipalities', 'common']);
  const here = useEntitiesWhere('needs', 'municipalityId', municipality.id);
  // County-wide needs have no municipality, and IndexedDB does not index null: read them all.
  const all = useEntities('needs');
  const fields = useEntities('fieldsOfAction');
  if (!here || !all || !fields) return <Loading />;
  const fieldName = (id: string) => fields.find((f) => f.id === id)?.name ?? t('needs.unknownField');
  const countyWide = all.filter((n) => n.municipalityId === null).sort(newestFirst);

  return (
    <>
      <section aria-labelledby="needs-here-title" className="card">
        <h2 id="needs-here-title">{t('needsHere', { name })}</h2>
        {here.length === 0 ? <p>{t('noNeedsHere')}</p> : null}
        <ul className="list">
          {[...here].sort(newestFirst).map((need) => (
            <NeedListItem key={need.id} need={need} fieldName={fieldName(need.fieldId)} place={name} />
          ))}
        </ul>
        <div className="actions">
          <Link className="button" to={newNeedPath({ municipality: municipality.id })}>
            {t('addNeedHere', { name })}
          </Link>
        </div>
      </section>
      <section aria-labelledby="needs-county-title" className="card">
        <h2 id="needs-county-title">{t('needsCountyWide')}</h2>
        {countyWide.length === 0 ? <p>{t('noNeedsCountyWide')}</p> : null}
        <ul className="list">
          {countyWide.map((need) => (
            <NeedListItem key={need.id} need={need} fieldName={fieldName(need.fieldId)} place={t('common:states.countyWide')} />
          ))}
        </ul>
      </section>
    </>
  );
}

export function ActiveHere({ municipality }: { municipality: Municipality }) {
  const { t } = useTranslation(['municipalities', 'common']);
  const measures = useEntitiesWhere('measures', 'municipalityIds', municipality.id);
  const offers = useEntitiesWhere('offers', 'municipalityIds', municipality.id);
  if (!measures || !offers) return <Loading />;
  const current = offers.filter((o) => !o.archived).sort((a, b) => a.name.localeCompare(b.name));

  return (
    <section aria-labelledby="active-title" className="card">
      <h2 id="active-title">{t('activeHere')}</h2>
      <p className="meta">{t('countyWideNotListed')}</p>
      <h3>{t('measuresHere')}</h3>
      {measures.length === 0 ? <p>{t('noMeasuresHere')}</p> : null}
      <ul className="list">
        {[...measures]
          .sort((a, b) => a.title.localeCompare(b.title))
          .map((measure) => (
            <li key={measure.id}>
              <Link className="row" to={paths.measure(measure.id)}>
                <span>{measure.title}</span>
                <StatusBadge tone={measure.status === 'active' ? 'good' : 'neutral'}>{t(`common:measureStatus.${measure.status}`)}</StatusBadge>
              </Link>
            </li>
          ))}
      </ul>
      <h3>{t('offersHere')}</h3>
      {current.length === 0 ? <p>{t('noOffersHere')}</p> : null}
      <ul className="list">
        {current.map((offer) => (
          <li key={offer.id} className="row">
            {offer.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
