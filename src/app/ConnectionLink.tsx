// In the header: who is logged in to the county server on this device (or that the login
// expired), linking to the account screen. Nothing shows on a device that never connected.
import { Link } from 'react-router';
import { useTranslation } from '../ui/i18n';
import { paths } from '../ui/paths';
import { isLive, useConnection } from '../replica/connection';
import './connection.css';

export function ConnectionLink() {
  const { t } = useTranslation('shell');
  const connection = useConnection();
  if (!connection) return null;
  const live = isLive(connection, new Date().toISOString());
  return (
    <Link to={paths.account()} className="connection-link">
      {live ? t('connection.loggedIn', { name: connection.name, county: connection.county }) : t('connection.expired')}
    </Link>
  );
}
