// One labelled input of the account screens, with its hint and its message below it. These
// forms talk to the server rather than to a record, so they keep their own small state instead
// of the record forms' useForm.
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
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field-error" id={`${id}-error`} aria-live="polite">
        {error ?? null}
      </p>
    </div>
  );
}
