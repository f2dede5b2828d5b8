// The Leitbild as an editable, ordered list. The form holds the whole list as one value;
// messages for each principle come from the same record problems the form validates with
// ("principles.2.title"), shown once the list was touched or the form submitted.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { problemText } from '../../core/messages';
import type { Principle } from '../../core/schema';
import type { Problem } from '../../core/validation';
import { recordContext } from '../../db/context';
import type { FormApi } from '../../ui/form/use-form';
import type { ConceptValues } from './concept-form-values';
import { moveItem, removeAt } from './principle-list';

type Key = 'title' | 'text';

function problemAt(problems: Problem[], index: number, key: Key): Problem | undefined {
  return problems.find((p) => p.path === `principles.${index}.${key}` || p.path.startsWith(`principles.${index}.${key}.`));
}

export function PrinciplesEditor({ form, problems }: { form: FormApi<ConceptValues>; problems: Problem[] }) {
  const { t, i18n } = useTranslation('concept');
  const lang = i18n.language;
  const principles = form.values.principles;
  const base = form.inputId('principles');
  const shown = form.error('principles') !== undefined;
  const container = useRef<HTMLFieldSetElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // After a move the buttons re-render in new places; keep focus on the item that moved.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    container.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`)?.focus();
  });

  // The first invalid input carries the id the form focuses after a failed submit.
  const firstInvalid = problems
    .map((p) => /^principles\.(\d+)\.(title|text)/.exec(p.path))
    .find((match) => match !== null);
  const idFor = (index: number, principle: Principle, key: Key) =>
    firstInvalid && Number(firstInvalid[1]) === index && firstInvalid[2] === key ? base : `${base}-${principle.id}-${key}`;

  const change = (next: Principle[], focus: string, message = '') => {
    pendingFocus.current = focus;
    setAnnouncement(message);
    form.set('principles', next);
  };
  const edit = (index: number, key: Key, value: string) =>
    form.set('principles', principles.map((p, i) => (i === index ? { ...p, [key]: value } : p)));
  const move = (index: number, to: number, principle: Principle) => {
    const atEdge = to === 0 || to === principles.length - 1;
    const direction = to < index ? 'up' : 'down';
    const focus = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
    change(moveItem(principles, index, to), `${principle.id}-${focus}`, t('editor.moved', { title: principle.title || t('editor.principle', { number: index + 1 }), number: to + 1 }));
  };
  const remove = (index: number) => {
    const neighbour = principles[index + 1] ?? principles[index - 1];
    change(removeAt(principles, index), neighbour ? `${neighbour.id}-title` : 'add');
  };
  const add = () => {
    const principle: Principle = { id: recordContext().newId(), title: '', text: '' };
    change([...principles, principle], `${principle.id}-title`);
  };
  const listProblem = shown ? problems.find((p) => p.path === 'principles') : undefined;

  return (
    <fieldset className="field principles-editor" ref={container}>
      <legend className="field-label">{t('editor.legend')}</legend>
      <p className="field-hint">{t('editor.hint')}</p>
      {principles.length === 0 ? <p>{t('editor.empty')}</p> : null}
      <ol className="list">
        {principles.map((principle, index) => {
          const number = index + 1;
          const messages = { title: problemAt(problems, index, 'title'), text: problemAt(problems, index, 'text') };
          const input = (key: Key) => {
            const id = idFor(index, principle, key);
            const problem = shown ? messages[key] : undefined;
            return {
              id,
              value: principle[key],
              'data-focus': `${principle.id}-${key}`,
              'aria-invalid': problem ? true : undefined,
              'aria-describedby': `${id}-error`,
              onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => edit(index, key, event.target.value),
              onBlur: () => form.blur('principles'),
            };
          };
          const message = (key: Key) => {
            const problem = shown ? messages[key] : undefined;
            return (
              <p className="field-error" id={`${idFor(index, principle, key)}-error`} aria-live="polite">
                {problem ? problemText(problem, lang) : null}
              </p>
            );
          };
          return (
            <li key={principle.id}>
              <fieldset className="principle">
                <legend>{t('editor.principle', { number })}</legend>
                <div className="field">
                  <label className="field-label" htmlFor={idFor(index, principle, 'title')}>
                    {t('editor.title')}
                    <span aria-hidden="true"> *</span>
                  </label>
                  <input type="text" autoComplete="off" aria-required {...input('title')} />
                  {message('title')}
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={idFor(index, principle, 'text')}>
                    {t('editor.text')}
                  </label>
                  <textarea rows={3} {...input('text')} />
                  {message('text')}
                </div>
                <div className="actions">
                  <button type="button" className="button" data-focus={`${principle.id}-up`} disabled={index === 0} aria-label={t('editor.moveUpNamed', { number })} onClick={() => move(index, index - 1, principle)}>
                    {t('editor.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-focus={`${principle.id}-down`}
                    disabled={index === principles.length - 1}
                    aria-label={t('editor.moveDownNamed', { number })}
                    onClick={() => move(index, index + 1, principle)}
                  >
                    {t('editor.moveDown')}
                  </button>
                  <button type="button" className="button" aria-label={t('editor.removeNamed', { number })} onClick={() => remove(index)}>
                    {t('editor.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listProblem ? <p className="field-error">{problemText(listProblem, lang)}</p> : null}
      <button type="button" className="button" data-focus="add" onClick={add}>
        {t('editor.add')}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
