// The question before logging out while changes wait for the server: sync them first, save
// them as a change file, or log out and leave them on the device (they are sent later, still
// signed by the person who made them). Staying logged in is the default. The browser's modal
// <dialog>, as ConfirmDialog: Tab stays inside, Esc cancels, the focus returns afterwards.
import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../ui/i18n';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    cancel.current?.focus();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('logoutWarn.title', { count: pending })}</h2>
      <p id={`${id}-text`}>{t('logoutWarn.text', { count: pending })}</p>
      {canSync ? null : <p>{t('logoutWarn.offline')}</p>}
      <div className="actions">
        <button ref={cancel} type="button" className="button primary" onClick={onCancel} disabled={busy}>
          {t('logoutWarn.stay')}
        </button>
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
      </div>
    </dialog>
  );
}
