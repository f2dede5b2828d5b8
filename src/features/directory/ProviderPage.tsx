import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import type { Provider } from '../../core/schema';
import { useEntities, useEntitiesWhere, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { FieldLinks } from './FieldLinks';
import { LocationItem } from './LocationItem';
import { MeasureLinks } from './MeasureLinks';
import { providerNetwork } from './provider-network';
import './directory.css';
import { HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function ProviderPage() {
  const { providerId } = useParams();
  const { t } = useTranslation(['directory', 'common']);
  const provider = useEntity('providers', providerId);
  if (provider === undefined) return <Loading />;
  if (provider === null) return <NotFound />;
  const none = t('common:states.none');
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.offers() }, { label: t('providers'), to: paths.providers() }, { label: provider.name }]} />
      <PageTitle>{provider.name}</PageTitle>
      <div className="actions">
        <May kind="providers" operation="update">
          <Link className="button" to={paths.providerEdit(provider.id)}>
            {t('offer.edit')}
          </Link>
        </May>
        <May kind="offers" operation="create">
          <Link className="button" to={paths.offerNew(provider.id)}>
            {t('provider.newOffer')}
          </Link>
        </May>
        <May kind="locations" operation="create">
          <Link className="button" to={paths.locationNew(provider.id)}>
            {t('provider.newLocation')}
          </Link>
        </May>
        <HistoryLink kind="providers" id={provider.id} />
      </div>
      <section aria-labelledby="provider-facts" className="card">
        <h2 id="provider-facts">{t('offer.facts')}</h2>
        <dl className="facts">
          <dt>{t('provider.kind')}</dt>
          <dd>{provider.kind || none}</dd>
          <dt>{t('provider.description')}</dt>
          <dd>{provider.description || none}</dd>
          <dt>{t('provider.address')}</dt>
          <dd>{provider.address ? `${provider.address.street}, ${provider.address.postcode} ${provider.address.city}` : none}</dd>
          <dt>{t('offer.contact')}</dt>
          <dd>{[provider.contact.phone, provider.contact.email, provider.contact.website].filter(Boolean).join(' · ') || none}</dd>
        </dl>
      </section>
      <ProviderOffersAndLocations provider={provider} />
      <ProviderNetworkSection provider={provider} />
    </>
  );
}

function ProviderOffersAndLocations({ provider }: { provider: Provider }) {
  const { t } = useTranslation('directory');
  const offers = useEntitiesWhere('offers', 'providerId', provider.id);
  const locations = useEntitiesWhere('locations', 'providerId', provider.id);
  return (
    <>
      <section aria-labelledby="provider-offers" className="card">
        <h2 id="provider-offers">{t('provider.offers')}</h2>
        {(offers ?? []).length === 0 ? (
          <p>{t('provider.noOffers')}</p>
        ) : (
          <ul className="list">
            {(offers ?? []).map((o) => (
              <li key={o.id}>
                <Link className="row" to={paths.offer(o.id)}>
                  {o.name}
                  {o.archived ? ` (${t('search.archivedBadge')})` : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="provider-locations" className="card">
        <h2 id="provider-locations">{t('provider.locations')}</h2>
        {(locations ?? []).length === 0 ? (
          <p>{t('provider.noLocations')}</p>
        ) : (
          <ul className="list">
            {(locations ?? []).map((l) => (
              <LocationItem key={l.id} location={l} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ProviderNetworkSection({ provider }: { provider: Provider }) {
  const { t } = useTranslation(['directory', 'common']);
  const measures = useEntitiesWhere('measures', 'partnerProviderIds', provider.id);
  const offers = useEntitiesWhere('offers', 'providerId', provider.id);
  const goals = useEntities('goals');
  const fields = useEntities('fieldsOfAction');
  const providers = useEntities('providers');
  if (!measures || !offers || !goals || !fields || !providers) return <Loading />;
  const network = providerNetwork(provider, measures, offers, goals);
  const fieldNames = new Map(fields.map((f) => [f.id, f.name]));
  const providerNames = new Map(providers.map((p) => [p.id, p.name]));
  return (
    <section aria-labelledby="provider-network" className="card">
      <h2 id="provider-network">{t('provider.network')}</h2>
      <p>{t('provider.networkIntro')}</p>
      <h3>{t('provider.partnerIn')}</h3>
      {network.measures.length === 0 ? (
        <p>{t('provider.none')}</p>
      ) : (
        <MeasureLinks measures={network.measures} />
      )}
      <h3>{t('provider.fieldsWorked')}</h3>
      {network.fieldIds.length === 0 ? (
        <p>{t('provider.none')}</p>
      ) : (
        <FieldLinks ids={network.fieldIds} names={fieldNames} />
      )}
      <h3>{t('provider.partners')}</h3>
      {network.partners.length === 0 ? (
        <p>{t('provider.none')}</p>
      ) : (
        <ul className="list">
          {network.partners.map((p) => (
            <li key={p.providerId}>
              <Link className="row" to={paths.provider(p.providerId)}>
                {providerNames.get(p.providerId) ?? p.providerId} – {t('provider.sharedMeasures', { count: p.shared })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
