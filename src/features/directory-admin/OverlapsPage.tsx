import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { overlapGroups } from '../../core/directory-care';
import { useEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading } from '../../ui/Loading';
import { municipalityName } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import './directory-admin.css';

/** Offers that meet in the same field, target group and place: candidates for coordination. */
export function OverlapsPage() {
  const { t, i18n } = useTranslation(['directoryAdmin', 'common']);
  const offers = useEntities('offers');
  const providers = useEntities('providers');
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  if (!offers || !providers || !fields || !municipalities) return <Loading />;
  const groups = overlapGroups(offers, municipalities);
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const providerName = new Map(providers.map((p) => [p.id, p.name]));
  const fieldName = new Map(fields.map((f) => [f.id, f.name]));
  const fieldOrder = new Map(fields.map((f) => [f.id, f.order]));
  const placeName = new Map(municipalities.map((m) => [m.id, municipalityName(m, (kind) => t(`common:municipalityKind.${kind}`))]));
  const sorted = [...groups].sort((a, b) => (fieldOrder.get(a.fieldId) ?? 99) - (fieldOrder.get(b.fieldId) ?? 99));

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.directoryCare() }, { label: t('overlaps.title') }]} />
      <PageTitle>{t('overlaps.title')}</PageTitle>
      <p>{t('overlaps.intro')}</p>
      {sorted.length === 0 ? <p>{t('overlaps.empty')}</p> : null}
      <ul className="list overlap-list">
        {sorted.map((group) => {
          const places = group.municipalityIds.map((id) => placeName.get(id) ?? id).sort((a, b) => a.localeCompare(b, i18n.language));
          const heading = t('overlaps.groupTitle', { field: fieldName.get(group.fieldId) ?? t('overlaps.unknownField'), count: group.offerIds.length });
          return (
            <li key={`${group.fieldId}-${group.offerIds.join()}`} className="card">
              <h2>{heading}</h2>
              <dl className="facts">
                <dt>{t('overlaps.places')}</dt>
                <dd>{places.length > 0 ? places.join(', ') : t('common:states.countyWide')}</dd>
                <dt>{t('overlaps.groups')}</dt>
                <dd>{group.targetGroups.map((g) => t(`common:targetGroup.${g}`)).join(', ')}</dd>
              </dl>
              <ul>
                {group.offerIds.map((id) => {
                  const offer = offerById.get(id);
                  if (!offer) return null;
                  return (
                    <li key={id}>
                      <Link to={paths.offer(id)}>{offer.name}</Link> <span className="meta">{providerName.get(offer.providerId) ?? ''}</span>
                      {offer.municipalityIds.length === 0 ? <span className="meta"> · {t('common:states.countyWide')}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
