// Inputs bound to a form: label, hint and the field's message are wired for screen readers
// (label for, aria-invalid, aria-describedby); the message appears beside the field.
import type { FormApi, FormValues } from './use-form';

type StringKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;
type ArrayKey<V> = { [K in keyof V]: V[K] extends string[] ? K : never }[keyof V] & string;

type Common<V extends FormValues, N extends string> = {
  form: FormApi<V>;
  name: N;
  label: string;
  hint?: string;
  required?: boolean;
};

/** The ids an input names for its hint and its message (aria-describedby). */
export function describedBy(id: string, hint?: string): string {
  return [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
}

type FrameProps = { id: string; label: string; hint?: string; required?: boolean; message?: string | null; group?: boolean; children: React.ReactNode };

/**
 * A field's label, hint and message around its input, wired by id. The record forms reach it
 * through their form; forms that talk to the server rather than to a record use it directly.
 */
export function FieldFrame({ id, label, hint, required, message, group, children }: FrameProps) {
  const Label = group ? 'legend' : 'label';
  const content = (
    <>
      <Label className="field-label" {...(group ? {} : { htmlFor: id })}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </Label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <p className="field-error" id={`${id}-error`} aria-live="polite">
        {message}
      </p>
    </>
  );
  return group ? <fieldset className="field">{content}</fieldset> : <div className="field">{content}</div>;
}

function Frame<V extends FormValues>(props: Common<V, string> & { children: React.ReactNode; group?: boolean }) {
  const { form, name, label, hint, required, children, group } = props;
  return (
    <FieldFrame id={form.inputId(name)} label={label} hint={hint} required={required} message={form.error(name)} group={group}>
      {children}
    </FieldFrame>
  );
}

function aria<V extends FormValues>(form: FormApi<V>, name: string, hint?: string, required?: boolean) {
  const id = form.inputId(name);
  const invalid = form.error(name) !== undefined;
  return {
    id,
    name,
    'aria-invalid': invalid || undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(id, hint),
  };
}

export function TextField<V extends FormValues>(
  props: Common<V, StringKey<V>> & { type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time'; inputMode?: 'decimal' | 'numeric' | 'text'; autoComplete?: string },
) {
  const { form, name, type = 'text', inputMode, autoComplete } = props;
  return (
    <Frame {...props}>
      <input
        {...aria(form, name, props.hint, props.required)}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.blur(name)}
      />
    </Frame>
  );
}

export function TextArea<V extends FormValues>(props: Common<V, StringKey<V>> & { rows?: number }) {
  const { form, name, rows = 4 } = props;
  return (
    <Frame {...props}>
      <textarea
        {...aria(form, name, props.hint, props.required)}
        rows={rows}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.blur(name)}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField<V extends FormValues>(props: Common<V, StringKey<V>> & { options: Option[] }) {
  const { form, name, options } = props;
  return (
    <Frame {...props}>
      <select
        {...aria(form, name, props.hint, props.required)}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.blur(name)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Several choices out of a list, e.g. target groups or municipalities. */
export function CheckboxGroup<V extends FormValues>(props: Common<V, ArrayKey<V>> & { options: Option[] }) {
  const { form, name, options } = props;
  const chosen = form.values[name] as string[];
  const id = form.inputId(name);
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    form.set(name, next as V[typeof name]);
    form.blur(name);
  };
  return (
    <Frame {...props} group>
      <div className="checkbox-group" id={id} tabIndex={-1} aria-describedby={`${id}-error`}>
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </Frame>
  );
}
