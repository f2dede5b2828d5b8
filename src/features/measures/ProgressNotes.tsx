import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { Measure } from '../../core/schema';
import { recordContext, today } from '../../db/context';
import { getById, update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { formatDate } from '../../ui/format';
import type { NoteInput } from './progress-note';
import { newestFirst, noteProblems, withNote } from './progress-note';

type Props = { measure: Measure };

export function ProgressNotes({ measure }: Props) {
  const { t, i18n } = useTranslation('measures');
  const [saved, setSaved] = useState(0);
  return (
    <section className="card" aria-labelledby="measure-notes">
      <h2 id="measure-notes">{t('notes.title')}</h2>
      <NoteForm key={saved} measure={measure} onSaved={() => setSaved((n) => n + 1)} />
      <p role="status">{saved > 0 ? t('notes.saved') : null}</p>
      {measure.progressNotes.length === 0 ? <p>{t('notes.empty')}</p> : null}
      <ol className="list notes">
        {newestFirst(measure.progressNotes).map((note) => (
          <li key={note.id}>
            <p className="meta">{t('notes.meta', { date: formatDate(note.date, i18n.language), author: note.author })}</p>
            <p className="prose-text">{note.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function NoteForm({ measure, onSaved }: Props & { onSaved: () => void }) {
  const { t } = useTranslation('measures');
  // The author is whoever the app records changes as (updatedBy), so note and revision agree.
  const author = recordContext().by;
  const form = useForm<NoteInput>({
    initial: { date: today(), text: '' },
    validate: (v) => {
      const candidate = withNote(measure, { ...v, id: '00000000-0000-4000-8000-000000000000', author });
      return noteProblems(recordProblems('measures', measure, { progressNotes: candidate }), measure.progressNotes.length);
    },
    onSubmit: async (v) => {
      // Append to the stored list, not the one on screen, so a note saved meanwhile elsewhere stays.
      const current = (await getById('measures', measure.id)) ?? measure;
      const note = { ...v, id: recordContext().newId(), author };
      const result = await update('measures', measure.id, { progressNotes: withNote(current, note) });
      if (!result.ok) return noteProblems(result.problems, current.progressNotes.length);
      onSaved();
    },
  });

  return (
    <form noValidate onSubmit={(event) => void form.submit(event)}>
      <TextField form={form} name="date" type="date" label={t('notes.date')} required />
      <TextArea form={form} name="text" label={t('notes.text')} rows={3} required />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('notes.add')}
        </button>
      </div>
    </form>
  );
}
