// The question before logging out while changes wait for the server: sync them first, save
// them as a change file, or log out and leave them on the device (they are sent later, still
// signed by the person who made them). Staying logged in is the default. The browser's modal
// <dialog> (ModalQuestion): Tab stays inside, Esc cancels, the focus returns afterwards.
import { useTranslation } from '../../ui/i18n';
import { ModalQuestion } from '../../ui/ModalQuestion';

type Props = {
  pending: number;
  /** Whether a sync can run now (online, login live). */
  canSync: boolean;
  busy: boolean;
  onSyncFirst: () => void;
  onSaveFile: () => void;
  onLogout: () => void;
  onCancel: () => void;
};

export function LogoutDialog({ pending, canSync, busy, onSyncFirst, onSaveFile, onLogout, onCancel }: Props) {
  const { t } = useTranslation('account');
  return (
    <ModalQuestion
      title={t('logoutWarn.title', { count: pending })}
      text={t('logoutWarn.text', { count: pending })}
      note={canSync ? null : <p>{t('logoutWarn.offline')}</p>}
      safeLabel={t('logoutWarn.stay')}
      onSafe={onCancel}
      busy={busy}
    >
      {canSync ? (
        <button type="button" className="button" onClick={onSyncFirst} disabled={busy}>
          {t('logoutWarn.syncFirst')}
        </button>
      ) : null}
      <button type="button" className="button" onClick={onSaveFile} disabled={busy}>
        {t('logoutWarn.saveFile')}
      </button>
      <button type="button" className="button" onClick={onLogout} disabled={busy}>
        {t('logoutWarn.logoutAnyway')}
      </button>
    </ModalQuestion>
  );
}
