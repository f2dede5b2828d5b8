import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { paths } from '../ui/paths';

/** A lazy chunk that vanished with an old version surfaces here; a reload fetches the new one. */
export function RouteError() {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  console.error(error);
  return (
    <section className="route-error">
      <h1 tabIndex={-1} className="page-title">
        {t('chunkError')}
      </h1>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('reload')}
      </button>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  return (
    <section>
      <h1 tabIndex={-1} className="page-title">
        {t('notFoundText')}
      </h1>
      <Link to={paths.overview()}>{t('toOverview')}</Link>
    </section>
  );
}
