// The maintenance screens: new and edit for providers, offers and locations. Each loads
// what its form needs and renders the form only once everything is there.
import { useTranslation } from '../../ui/i18n';
import { useParams, useSearchParams } from 'react-router';
import { isStale, readStaleAfterMonths, STALE_AFTER_MONTHS_KEY } from '../../core/directory-care';
import { today } from '../../db/context';
import { useEntities, useEntitiesWhere, useEntity, useMeta } from '../../db/hooks';
import type { Crumb } from '../../ui/Breadcrumbs';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading, NotFound } from '../../ui/Loading';
import { DeleteSection } from '../../ui/DeleteSection';
import { EntryNotFound } from '../../ui/EntryNotFound';
import { PageTitle } from '../../ui/PageTitle';
import { paths, PROVIDER_PARAM } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { ArchiveToggle } from './ArchiveToggle';
import { useReportToApply } from './correction-link';
import { LocationForm } from './LocationForm';
import { OfferForm } from './OfferForm';
import { ProviderForm } from './ProviderForm';
import { ProviderPicker } from './ProviderPicker';
import './directory-admin.css';

function useCareCrumb(): Crumb {
  const { t } = useTranslation('directoryAdmin');
  return { label: t('title'), to: paths.directoryCare() };
}

function StaleNote({ lastVerified }: { lastVerified: string }) {
  const { t } = useTranslation('directoryAdmin');
  const months = readStaleAfterMonths(useMeta<number>(STALE_AFTER_MONTHS_KEY));
  if (!isStale(lastVerified, today(), months)) return null;
  return (
    <p>
      <StatusBadge tone="warn">{t('stale.badge')}</StatusBadge> {t('stale.editNote', { count: months })}
    </p>
  );
}

export function ProviderNewPage() {
  const { t } = useTranslation('directoryAdmin');
  const care = useCareCrumb();
  const providers = useEntities('providers');
  const fields = useEntities('fieldsOfAction');
  if (!providers || !fields) return <Loading />;
  return (
    <>
      <Breadcrumbs items={[care, { label: t('provider.newTitle') }]} />
      <PageTitle>{t('provider.newTitle')}</PageTitle>
      <ProviderForm provider={null} providers={providers} fields={fields} report={null} />
    </>
  );
}

export function ProviderEditPage() {
  const { providerId } = useParams();
  const { t } = useTranslation('directoryAdmin');
  const care = useCareCrumb();
  const provider = useEntity('providers', providerId);
  const providers = useEntities('providers');
  const fields = useEntities('fieldsOfAction');
  const report = useReportToApply(providerId);
  if (provider === undefined || !providers || !fields || report === undefined) return <Loading />;
  if (provider === null) return <NotFound />;
  return (
    <>
      <Breadcrumbs items={[care, { label: provider.name, to: paths.provider(provider.id) }, { label: t('provider.editTitle') }]} />
      <PageTitle>{t('provider.editTitle')}</PageTitle>
      <StaleNote lastVerified={provider.lastVerified} />
      <ProviderForm key={provider.id} provider={provider} providers={providers} fields={fields} report={report} />
      <ArchiveToggle kind="providers" id={provider.id} name={provider.name} archived={provider.archived} />
    </>
  );
}

export function OfferNewPage() {
  const { t } = useTranslation('directoryAdmin');
  const care = useCareCrumb();
  const [params] = useSearchParams();
  const providerId = params.get(PROVIDER_PARAM) ?? undefined;
  const provider = useEntity('providers', providerId);
  const providers = useEntities('providers');
  const locations = useEntitiesWhere('locations', 'providerId', providerId);
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  if (provider === undefined || !providers || !locations || !fields || !municipalities) return <Loading />;
  if (provider === null) {
    return (
      <>
        <Breadcrumbs items={[care, { label: t('offer.newTitle') }]} />
        <PageTitle>{t('offer.newTitle')}</PageTitle>
        <ProviderPicker providers={providers} />
      </>
    );
  }
  return (
    <>
      <Breadcrumbs items={[care, { label: provider.name, to: paths.provider(provider.id) }, { label: t('offer.newTitle') }]} />
      <PageTitle>{t('offer.newTitle')}</PageTitle>
      <p>{t('offer.ofProvider', { name: provider.name })}</p>
      <OfferForm key={provider.id} offer={null} providerId={provider.id} locations={locations} fields={fields} municipalities={municipalities} report={null} />
    </>
  );
}

export function OfferEditPage() {
  const { offerId } = useParams();
  const { t } = useTranslation('directoryAdmin');
  const care = useCareCrumb();
  const offer = useEntity('offers', offerId);
  const locations = useEntitiesWhere('locations', 'providerId', offer?.providerId);
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  const report = useReportToApply(offerId);
  const referrals = useEntitiesWhere('referrals', 'offerId', offerId);
  const reports = useEntitiesWhere('correctionReports', 'targetId', offerId);
  if (offer === undefined || !locations || !fields || !municipalities || report === undefined || !referrals || !reports) return <Loading />;
  if (offer === null) return <EntryNotFound kind="offers" id={offerId} />;
  const openReports = reports.filter((r) => r.status === 'open').length;
  const references = [
    ...(referrals.length > 0 ? [t('deleteRefs.referrals', { count: referrals.length })] : []),
    ...(openReports > 0 ? [t('deleteRefs.reports', { count: openReports })] : []),
  ];
  return (
    <>
      <Breadcrumbs items={[care, { label: offer.name, to: paths.offer(offer.id) }, { label: t('offer.editTitle') }]} />
      <PageTitle>{t('offer.editTitle')}</PageTitle>
      <StaleNote lastVerified={offer.lastVerified} />
      <OfferForm key={offer.id} offer={offer} providerId={offer.providerId} locations={locations} fields={fields} municipalities={municipalities} report={report} />
      <ArchiveToggle kind="offers" id={offer.id} name={offer.name} archived={offer.archived} />
      <DeleteSection kind="offers" id={offer.id} name={offer.name} references={references} />
    </>
  );
}

export function LocationNewPage() {
  const { providerId } = useParams();
  const { t } = useTranslation('directoryAdmin');
  const care = useCareCrumb();
  const provider = useEntity('providers', providerId);
  const municipalities = useEntities('municipalities');
  if (provider === undefined || !municipalities) return <Loading />;
  if (provider === null) return <NotFound />;
  return (
    <>
      <Breadcrumbs items={[care, { label: provider.name, to: paths.provider(provider.id) }, { label: t('location.newTitle') }]} />
      <PageTitle>{t('location.newTitle')}</PageTitle>
      <LocationForm location={null} providerId={provider.id} municipalities={municipalities} report={null} />
    </>
  );
}

export function LocationEditPage() {
  const { locationId } = useParams();
  const { t } = useTranslation('directoryAdmin');
  const care = useCareCrumb();
  const location = useEntity('locations', locationId);
  const provider = useEntity('providers', location?.providerId);
  const municipalities = useEntities('municipalities');
  const report = useReportToApply(locationId);
  if (location === undefined || provider === undefined || !municipalities || report === undefined) return <Loading />;
  if (location === null) return <NotFound />;
  return (
    <>
      <Breadcrumbs
        items={[care, ...(provider ? [{ label: provider.name, to: paths.provider(provider.id) }] : []), { label: location.name }, { label: t('location.editTitle') }]}
      />
      <PageTitle>{t('location.editTitle')}</PageTitle>
      <StaleNote lastVerified={location.lastVerified} />
      <LocationForm key={location.id} location={location} providerId={location.providerId} municipalities={municipalities} report={report} />
      <ArchiveToggle kind="locations" id={location.id} name={location.name} archived={location.archived} />
    </>
  );
}
