import { Link } from 'react-router';
import { useTranslation } from '../../ui/i18n';
import { paths } from '../../ui/paths';

export function ServerSection() {
  const { t } = useTranslation('settings');
  return (
    <section className="card" aria-labelledby="settings-server">
      <h2 id="settings-server">{t('server.heading')}</h2>
      <p>{t('server.text')}</p>
      <p>
        <Link to={paths.account()}>{t('server.link')}</Link>
      </p>
    </section>
  );
}
