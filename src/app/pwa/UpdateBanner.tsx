// The non-blocking notice of a new version. Accepting never throws typed text away: while
// any form holds unsaved input the banner waits ("Bitte erst speichern") and switches as
// soon as the last form is saved or left.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../ui/i18n';
import { anyUnsaved, subscribeUnsaved, unsavedVersion } from '../../ui/unsaved-registry';
import { applyUpdate, subscribeUpdate, updatePhase } from './register';

export function UpdateBanner() {
  const { t } = useTranslation('pwa');
  const phase = useSyncExternalStore(subscribeUpdate, updatePhase);
  // Re-render whenever a form's unsaved state may have changed.
  useSyncExternalStore(subscribeUnsaved, unsavedVersion);
  const [accepted, setAccepted] = useState(false);
  const unsaved = anyUnsaved();
  const offered = phase === 'waiting' || phase === 'activated_elsewhere';

  useEffect(() => {
    if (accepted && offered && !unsaved) applyUpdate();
  }, [accepted, offered, unsaved]);

  if (!offered && phase !== 'activating') return null;
  return (
    <div className="pwa-banner pwa-update" role="status">
      {accepted && unsaved ? (
        <p>{t('update.waitForSave')}</p>
      ) : (
        <p>
          {t('update.available')}{' '}
          <button type="button" className="button primary" disabled={accepted} onClick={() => setAccepted(true)}>
            {t('update.action')}
          </button>
        </p>
      )}
    </div>
  );
}
