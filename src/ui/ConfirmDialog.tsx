import { useTranslation } from './i18n';

type Props = {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
};

/** A modal question before something that cannot be undone; cancelling is the default. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-text" className="dialog">
        <h2 id="confirm-title">{title}</h2>
        <p id="confirm-text">{text}</p>
        <div className="actions">
          <button type="button" className="button primary" autoFocus onClick={onCancel}>
            {t('actions.cancel')}
          </button>
          <button type="button" className="button" onClick={() => void onConfirm()}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
