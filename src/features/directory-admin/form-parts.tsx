// Inputs the directory forms need beyond the shared ones: a single checkbox bound to a
// boolean value, and the opening-hours editor. Messages for nested values come from the
// same record problems the form validates with ("openingHours.1.closes"), shown once the
// value was touched or the form submitted.
import { useTranslation } from '../../ui/i18n';
import { problemText } from '../../core/messages';
import { readTime } from '../../core/schema';
import type { Problem } from '../../core/validation';
import type { FormApi, FormValues } from '../../ui/form/use-form';

type BoolKey<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V] & string;

export function CheckboxField<V extends FormValues>({ form, name, label, hint }: { form: FormApi<V>; name: BoolKey<V>; label: string; hint?: string }) {
  const id = form.inputId(name);
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={form.values[name] as boolean}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            form.set(name, event.target.checked as V[typeof name]);
            form.blur(name);
          }}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export type SlotInput = { weekday: string; opens: string; closes: string };

export const slotInputs = (slots: { weekday: number; opens: string; closes: string }[]): SlotInput[] =>
  slots.map((s) => ({ weekday: String(s.weekday), opens: s.opens, closes: s.closes }));

/** Times are read as people type them ("9", "9.30", "0930"); the core says what it accepts. */
export const slotValues = (slots: SlotInput[]) =>
  slots.map((s) => ({ weekday: Number(s.weekday), opens: readTime(s.opens), closes: readTime(s.closes) }));

type HoursValues = FormValues & { openingHours: SlotInput[] };
const slotKeys = ['weekday', 'opens', 'closes'] as const;

/** Weekday/opens/closes slots; each slot is a group with its own messages. */
export function OpeningHoursEditor<V extends HoursValues>({ form, problems }: { form: FormApi<V>; problems: Problem[] }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  const lang = i18n.language;
  const slots = form.values.openingHours;
  const base = form.inputId('openingHours');
  const shown = form.error('openingHours') !== undefined;
  const message = (index: number, key: keyof SlotInput) => {
    const problem = problems.find((p) => p.path === `openingHours.${index}.${key}`);
    return shown && problem ? problemText(problem, lang) : '';
  };
  const setSlots = (next: SlotInput[]) => form.set('openingHours', next);
  const edit = (index: number, key: keyof SlotInput, value: string) => setSlots(slots.map((s, i) => (i === index ? { ...s, [key]: value } : s)));
  const blur = () => form.blur('openingHours');
  // Leaving a time shows it as it will be stored ("9" becomes "09:00"); what cannot be read stays as typed.
  const tidy = (index: number, key: 'opens' | 'closes') => {
    const typed = slots[index]![key];
    if (readTime(typed) !== typed) edit(index, key, readTime(typed));
    blur();
  };
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const tooMany = shown ? problems.find((p) => p.path === 'openingHours') : undefined;

  return (
    <fieldset className="field hours-editor" id={base} tabIndex={-1}>
      <legend className="field-label">{t('hours.legend')}</legend>
      <p className="field-hint">{t('hours.hint')}</p>
      {slots.length === 0 ? <p className="meta">{t('hours.none')}</p> : null}
      <ol className="hours-slots">
        {slots.map((slot, index) => {
          const id = `${base}-${index}`;
          return (
            <li key={index}>
              <fieldset className="hours-slot">
                <legend>{t('hours.slot', { number: index + 1 })}</legend>
                {slotKeys.map((key) => {
                  const error = message(index, key);
                  return (
                    <div className={`field hours-${key}`} key={key}>
                      <label className="field-label" htmlFor={`${id}-${key}`}>
                        {t(`hours.${key}`)}
                      </label>
                      {key === 'weekday' ? (
                        <select id={`${id}-${key}`} value={slot.weekday} onChange={(e) => edit(index, key, e.target.value)} onBlur={blur} aria-describedby={`${id}-${key}-error`} aria-invalid={error ? true : undefined}>
                          {weekdays.map((day) => (
                            <option key={day} value={String(day)}>
                              {t(`weekday.d${day}` as 'weekday.d1')}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          id={`${id}-${key}`}
                          type="text"
                          inputMode="numeric"
                          placeholder={t('hours.placeholder')}
                          value={slot[key]}
                          onChange={(e) => edit(index, key, e.target.value)}
                          onBlur={() => tidy(index, key)}
                          aria-describedby={`${id}-${key}-error`}
                          aria-invalid={error ? true : undefined}
                        />
                      )}
                      <p className="field-error" id={`${id}-${key}-error`} aria-live="polite">
                        {error}
                      </p>
                    </div>
                  );
                })}
                <button type="button" className="button" onClick={() => setSlots(slots.filter((_, i) => i !== index))}>
                  {t('hours.remove', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="field-error" aria-live="polite">
        {tooMany ? problemText(tooMany, lang) : ''}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          const last = slots[slots.length - 1];
          setSlots([...slots, { weekday: last ? String(Math.min(Number(last.weekday) + 1, 7)) : '1', opens: last?.opens ?? '09:00', closes: last?.closes ?? '12:00' }]);
        }}
      >
        {t('hours.add')}
      </button>
    </fieldset>
  );
}
