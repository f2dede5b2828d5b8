// An offer's texts in other languages, one group per language. Inputs carry the language's
// lang and dir, so Arabic or Farsi is typed and read right to left while the labels around
// it stay German.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { problemText } from '../../core/messages';
import { directionOf, enterableLanguages, languageLabel } from '../../core/languages';
import type { Problem } from '../../core/validation';
import type { FormApi, FormValues } from '../../ui/form/use-form';

export type TranslationInput = { lang: string; name: string; description: string; practicalNotes: string };

type Values = FormValues & { translations: TranslationInput[] };
const keys = ['name', 'description', 'practicalNotes'] as const;

export function TranslationsEditor<V extends Values>({ form, problems }: { form: FormApi<V>; problems: Problem[] }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  const lang = i18n.language;
  const entries = form.values.translations;
  const base = form.inputId('translations');
  const shown = form.error('translations') !== undefined;
  const available = enterableLanguages.filter((l) => l.tag !== 'de' && !entries.some((e) => e.lang === l.tag));
  const [adding, setAdding] = useState(available[0]?.tag ?? '');
  const choice = available.some((l) => l.tag === adding) ? adding : (available[0]?.tag ?? '');
  const blur = () => form.blur('translations');
  const setEntries = (next: TranslationInput[]) => form.set('translations', next);
  const message = (tag: string, key: (typeof keys)[number]) => {
    const problem = problems.find((p) => p.path === `translations.${tag}.${key}`);
    return shown && problem ? problemText(problem, lang) : '';
  };

  return (
    <fieldset className="field translations-editor" id={base} tabIndex={-1}>
      <legend className="field-label">{t('translations.legend')}</legend>
      <p className="field-hint">{t('translations.hint')}</p>
      {entries.map((entry, index) => {
        const dir = directionOf(entry.lang);
        const id = `${base}-${entry.lang}`;
        return (
          <fieldset key={entry.lang} className="translation">
            <legend>{languageLabel(entry.lang, lang)}</legend>
            {keys.map((key) => {
              const error = message(entry.lang, key);
              const props = {
                id: `${id}-${key}`,
                lang: entry.lang,
                dir,
                value: entry[key],
                'aria-describedby': `${id}-${key}-error`,
                'aria-invalid': error ? true : undefined,
                onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                  setEntries(entries.map((x, i) => (i === index ? { ...x, [key]: e.target.value } : x))),
                onBlur: blur,
              };
              return (
                <div className="field" key={key}>
                  <label className="field-label" htmlFor={props.id}>
                    {t(`translations.${key}`)}
                    {key === 'description' ? <span aria-hidden="true"> *</span> : null}
                  </label>
                  {key === 'name' ? <input type="text" {...props} /> : <textarea rows={key === 'description' ? 4 : 3} {...props} />}
                  <p className="field-error" id={`${id}-${key}-error`} aria-live="polite">
                    {error}
                  </p>
                </div>
              );
            })}
            <button type="button" className="button" onClick={() => setEntries(entries.filter((_, i) => i !== index))}>
              {t('translations.remove', { language: languageLabel(entry.lang, lang) })}
            </button>
          </fieldset>
        );
      })}
      {available.length > 0 ? (
        <div className="translation-add">
          <label className="field-label" htmlFor={`${base}-add`}>
            {t('translations.addLanguage')}
          </label>
          <select id={`${base}-add`} value={choice} onChange={(e) => setAdding(e.target.value)}>
            {available.map((l) => (
              <option key={l.tag} value={l.tag}>
                {languageLabel(l.tag, lang)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => choice && setEntries([...entries, { lang: choice, name: '', description: '', practicalNotes: '' }])}>
            {t('translations.add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
