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
import { useLiveQuery } from 'dexie-react-hooks';
import { countPending } from '../../db/pending';
import { releaseAuthor } from '../../db/author';
import { markExported } from '../../db/snapshot';
import { downloadText } from '../../ui/download';
import { browserClock } from '../../replica/build-attempt';
import { exportChanges } from '../../replica/change-file';
import { dismissNews } from '../../replica/news';
import { endSession } from '../../replica/session-end';
import { syncNow } from '../../replica/sync-engine';
import { LogoutDialog } from './LogoutDialog';
import { ConnectForm } from './ConnectForm';
import { PasswordSection } from './PasswordSection';
import { SecondFactorSection } from './SecondFactorSection';
import './account.css';

export function AccountPage() {
  const { t, i18n } = useTranslation('account');
  const connection = useConnection();
  const [loggedOut, setLoggedOut] = useState(false);

  const pending = useLiveQuery(countPending, []) ?? 0;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);

  const logout = async () => {
    if (!connection) return;
    // Offline, the session is ended on the server when the device is next online (session-end.ts).
    const ended = await endSession(connection.token);
    // Changes left here keep their author (the outbox notes it); the next person signs their own.
    await releaseAuthor(connection.name);
    // What other devices changed was news for this person, not for whoever logs in next.
    await dismissNews();
    await forgetConnection();
    setAsking(false);
    setSaid(ended === 'ended' ? t('session.loggedOut') : t('logoutWarn.endLater'));
    setLoggedOut(true);
  };

  const live = connection !== null && isLive(connection, new Date().toISOString());

  const syncFirst = async () => {
    setBusy(true);
    try {
      await syncNow();
      const left = await countPending();
      if (left === 0) await logout();
      else {
        setAsking(false);
        setSaid(t('logoutWarn.notSynced', { count: left }));
      }
    } finally {
      setBusy(false);
    }
  };

  const saveFile = async () => {
    setBusy(true);
    try {
      const file = await exportChanges(browserClock);
      if (file) {
        downloadText(file.name, file.text);
        await markExported(browserClock.now());
      }
      await logout();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <p role="status">{(loggedOut && !connection) || said ? said : null}</p>
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
            <button type="button" className="button" onClick={() => (pending > 0 ? setAsking(true) : void logout())}>
              {t('session.logout')}
            </button>
          </div>
        </section>
      ) : null}
      {asking && connection ? (
        <LogoutDialog
          pending={pending}
          canSync={live && navigator.onLine}
          busy={busy}
          onSyncFirst={() => void syncFirst()}
          onSaveFile={() => void saveFile()}
          onLogout={() => void logout()}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {live ? <PasswordSection token={connection.token} /> : null}
      {live ? <SecondFactorSection token={connection.token} /> : null}
      {/* Keyed by the connection: the form's fields start from it, and it arrives after the first render. */}
      {!live ? <ConnectForm key={connection ? `${connection.county}/${connection.name}` : 'new'} county={connection?.county} name={connection?.name} /> : null}
    </>
  );
}
