// Installing the app puts it on the home screen and lets it start without a browser bar.
// Chromium offers this through the button (when it fired `beforeinstallprompt`); Safari on
// iPad and iPhone has no such event, so the steps are described instead.
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../ui/i18n';
import { installState, promptInstall, subscribeInstall } from '../../ui/install-prompt';

export function InstallSection() {
  const { t } = useTranslation('settings');
  const state = useSyncExternalStore(subscribeInstall, installState);
  const [dismissed, setDismissed] = useState(false);

  return (
    <section className="card" aria-labelledby="settings-install">
      <h2 id="settings-install">{t('install.heading')}</h2>
      {state === 'installed' ? <p>{t('install.installed')}</p> : <p>{t('install.text')}</p>}
      {state === 'available' ? (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => void promptInstall().then((outcome) => setDismissed(outcome === 'dismissed'))}>
            {t('install.action')}
          </button>
        </div>
      ) : null}
      {state !== 'installed' ? (
        <>
          <h3>{t('install.iosHeading')}</h3>
          <ol>
            <li>{t('install.iosStep1')}</li>
            <li>{t('install.iosStep2')}</li>
            <li>{t('install.iosStep3')}</li>
          </ol>
        </>
      ) : null}
      <p role="status">{dismissed ? t('install.dismissed') : null}</p>
    </section>
  );
}
