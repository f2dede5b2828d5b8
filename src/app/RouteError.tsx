import { useEffect } from 'react';
import { useTranslation } from '../ui/i18n';
import { Link, useRouteError } from 'react-router';
import { paths } from '../ui/paths';
import { isChunkLoadError, reloadOnceForNewVersion } from './pwa/chunk-reload';

/**
 * A lazy chunk that vanished with an old version surfaces here: the tab reloads once to get
 * the new version's chunks (guarded, so a truly missing file shows this page, not a loop).
 */
export function RouteError() {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  const missingChunk = isChunkLoadError(error);

  useEffect(() => {
    if (missingChunk) reloadOnceForNewVersion(sessionStorage, () => window.location.reload(), Date.now());
    else console.error(error);
  }, [missingChunk, error]);

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
