import type { Option } from './form/fields';

type Props = { id: string; label: string; value: string; options: Option[]; onChange: (value: string) => void };

/** A labelled choice that narrows a list; the list follows as soon as a choice is made. */
export function FilterSelect({ id, label, value, options, onChange }: Props) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
