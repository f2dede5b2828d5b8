// A modal question before something that cannot be undone; cancelling is the default (see
// ModalQuestion for focus, Tab and Esc).
import { useTranslation } from './i18n';
import { ModalQuestion } from './ModalQuestion';

type Props = {
  title: string;
  text: string;
  confirmLabel: string;
  /** The safe answer, focused first; "Abbrechen" unless given. */
  cancelLabel?: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
};

export function ConfirmDialog({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ModalQuestion title={title} text={text} safeLabel={cancelLabel ?? t('actions.cancel')} onSafe={onCancel}>
      <button type="button" className="button" onClick={() => void onConfirm()}>
        {confirmLabel}
      </button>
    </ModalQuestion>
  );
}
