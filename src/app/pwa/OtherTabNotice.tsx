// Shown when another tab opened a newer version whose database upgrade needed this tab to
// let go of the database: this tab closed it (src/db/storage-status.ts) and must reload.
import { useSyncExternalStore } from 'react';
import { useTranslation } from '../../ui/i18n';
import { storageFailure, subscribeStorageFailure } from '../../db/storage-status';

export function OtherTabNotice() {
  const { t } = useTranslation('pwa');
  const failure = useSyncExternalStore(subscribeStorageFailure, storageFailure);
  if (failure?.kind !== 'upgraded_elsewhere') return null;
  return (
    <div className="pwa-banner pwa-other-tab" role="alert">
      <p>
        {t('update.otherTab')}{' '}
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('update.reload')}
        </button>
      </p>
    </div>
  );
}
