// Who is logged in on this device, until when, and logout; the person's own password and
// second factor; the connect form when nobody is logged in (or the login expired: then the
// form asks for the password again, and nothing is lost).
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { formatDate } from '../../ui/format';
import { paths } from '../../ui/paths';
import { forgetConnection, isLive, useConnection } from '../../replica/connection';
import { serverApi } from '../../replica/server-api';
import { ConnectForm } from './ConnectForm';
import { PasswordSection } from './PasswordSection';
import { SecondFactorSection } from './SecondFactorSection';
import './account.css';

export function AccountPage() {
  const { t, i18n } = useTranslation('account');
  const connection = useConnection();
  const [loggedOut, setLoggedOut] = useState(false);

  const logout = async () => {
    if (!connection) return;
    // The device forgets the token even when the server cannot be reached; it ends there by its lifetime.
    await serverApi.logout(connection.token).catch(() => undefined);
    await forgetConnection();
    setLoggedOut(true);
  };

  const live = connection !== null && isLive(connection, new Date().toISOString());

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <p role="status">{loggedOut && !connection ? t('session.loggedOut') : null}</p>
      {connection ? (
        <section className="card" aria-labelledby="session-heading">
          <h2 id="session-heading">{t('session.heading')}</h2>
          <p>{t('session.who', { name: connection.name, county: connection.county })}</p>
          <p>{t('session.role', { role: t(`roles.${connection.role}`) })}</p>
          {live ? <p className="meta">{t('session.until', { date: formatDate(connection.expiresAt, i18n.language) })}</p> : <p className="form-errors">{t('session.expired')}</p>}
          <div className="actions">
            {live && connection.role === 'coordinator' ? (
              <Link className="button" to={paths.accounts()}>
                {t('session.manage')}
              </Link>
            ) : null}
            <button type="button" className="button" onClick={() => void logout()}>
              {t('session.logout')}
            </button>
          </div>
        </section>
      ) : null}
      {live ? <PasswordSection token={connection.token} /> : null}
      {live ? <SecondFactorSection token={connection.token} /> : null}
      {/* Keyed by the connection: the form's fields start from it, and it arrives after the first render. */}
      {!live ? <ConnectForm key={connection ? `${connection.county}/${connection.name}` : 'new'} county={connection?.county} name={connection?.name} /> : null}
    </>
  );
}
