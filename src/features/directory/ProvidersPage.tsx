import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { useEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import './directory.css';

export function ProvidersPage() {
  const { t, i18n } = useTranslation('directory');
  const providers = useEntities('providers');
  const offers = useEntities('offers');
  if (!providers || !offers) return <Loading />;
  const counts = new Map<string, number>();
  for (const o of offers) if (!o.archived) counts.set(o.providerId, (counts.get(o.providerId) ?? 0) + 1);
  const sorted = providers.filter((p) => !p.archived).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.offers() }, { label: t('providers') }]} />
      <PageTitle>{t('providers')}</PageTitle>
      <p>{t('provider.count', { count: sorted.length })}</p>
      <ul className="list card">
        {sorted.map((p) => (
          <li key={p.id}>
            <Link className="row directory-row" to={paths.provider(p.id)}>
              <span className="directory-row-name">{p.name}</span>
              <span className="directory-row-meta">
                {[p.kind, p.address?.city, t('provider.offerCount', { count: counts.get(p.id) ?? 0 })].filter(Boolean).join(' · ')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
