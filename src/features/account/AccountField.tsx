// One labelled input of the account screens, with its hint and its message below it. These
// forms talk to the server rather than to a record, so they keep their own small state instead
// of the record forms' useForm; label, hint and message are the record forms' own frame.
import { describedBy, FieldFrame } from '../../ui/form/fields';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password';
  autoComplete: string;
  inputMode?: 'numeric';
  hint?: string;
  /** The message for this input; it is marked invalid while there is one. */
  error?: string | null;
};

export function AccountField({ id, label, value, onChange, type = 'text', autoComplete, inputMode, hint, error }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} message={error}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}
