// A modal question; its safe answer comes first and is focused. It is the browser's own modal
// <dialog> (showModal), which keeps Tab inside the question and makes the page behind it inert;
// Esc gives the safe answer. When the question goes, the focus returns to where the person was
// (the button or link that raised it), not to the top of the page.
import type { ReactNode } from 'react';
import { useId, useLayoutEffect, useRef } from 'react';

type Props = {
  title: string;
  text: string;
  /** More to say below the text, such as why an answer is missing. */
  note?: ReactNode;
  safeLabel: string;
  onSafe: () => void;
  /** While an answer is being carried out, no other can be given. */
  busy?: boolean;
  /** The other answers, as buttons after the safe one. */
  children: ReactNode;
};

export function ModalQuestion({ title, text, note, safeLabel, onSafe, busy = false, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const id = useId();

  // Layout effect: its cleanup runs while the dialog is still in the document, so close()
  // ends the modal state properly before the focus goes back.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    safe.current?.focus();
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
        onSafe();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      {note}
      <div className="actions">
        <button ref={safe} type="button" className="button primary" onClick={onSafe} disabled={busy}>
          {safeLabel}
        </button>
        {children}
      </div>
    </dialog>
  );
}
