import { useTranslation } from './i18n';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('states.loading')}
    </p>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1} className="page-title">
        {t('states.notFoundTitle')}
      </h1>
      <p>{t('states.notFound')}</p>
    </section>
  );
}
