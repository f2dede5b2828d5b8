import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { overlapGroups, readStaleAfterMonths, STALE_AFTER_MONTHS_KEY, staleEntries } from '../../core/directory-care';
import { today } from '../../db/context';
import { useEntities, useEntitiesWhere, useMeta } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import './directory-admin.css';

/** The coordinator's hub for keeping the directory current. */
export function CarePage() {
  const { t } = useTranslation('directoryAdmin');
  const providers = useEntities('providers');
  const offers = useEntities('offers');
  const locations = useEntities('locations');
  const municipalities = useEntities('municipalities');
  const open = useEntitiesWhere('correctionReports', 'status', 'open');
  const months = readStaleAfterMonths(useMeta<number>(STALE_AFTER_MONTHS_KEY));
  if (!providers || !offers || !locations || !municipalities || !open) return <Loading />;
  const day = today();
  const stale = staleEntries(providers, day, months).length + staleEntries(offers, day, months).length + staleEntries(locations, day, months).length;
  const overlaps = overlapGroups(offers, municipalities).length;
  const items = [
    { to: paths.corrections(), title: t('care.corrections'), text: t('care.correctionsCount', { count: open.length }) },
    { to: paths.staleQueue(), title: t('care.stale'), text: t('care.staleCount', { count: stale, months }) },
    { to: paths.overlaps(), title: t('care.overlaps'), text: t('care.overlapsCount', { count: overlaps }) },
    { to: paths.exchange(), title: t('care.exchange'), text: t('care.exchangeText') },
    { to: paths.offerNew(), title: t('care.newOffer'), text: t('care.newOfferText') },
    { to: paths.providerNew(), title: t('care.newProvider'), text: t('care.newProviderText') },
  ];
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('care.intro')}</p>
      <ul className="list care-hub">
        {items.map((item) => (
          <li key={item.to}>
            <Link className="row" to={item.to}>
              <strong>{item.title}</strong>
              <span className="meta">{item.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
