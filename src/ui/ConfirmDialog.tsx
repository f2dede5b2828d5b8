// A modal question before something that cannot be undone; cancelling is the default. It is
// the browser's own modal <dialog> (showModal), which keeps Tab inside the question and
// makes the page behind it inert; Esc cancels. When the question goes, the focus returns to
// where the person was (the button or link that raised it), not to the top of the page.
import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from './i18n';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  // Layout effect: its cleanup runs while the dialog is still in the document, so close()
  // ends the modal state properly before the focus goes back.
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
        // Esc: the parent takes the question away, and with it the dialog.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="actions">
        <button ref={cancel} type="button" className="button primary" onClick={onCancel}>
          {cancelLabel ?? t('actions.cancel')}
        </button>
        <button type="button" className="button" onClick={() => void onConfirm()}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
