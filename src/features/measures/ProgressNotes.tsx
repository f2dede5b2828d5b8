// The measure's progress notes: add one, correct one in place, or delete one after a
// confirmation. Every change is written to the list as it is stored, not as it is on screen,
// so a note saved meanwhile in another tab stays.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { Measure, ProgressNote } from '../../core/schema';
import { recordContext, today } from '../../db/context';
import { authorName } from '../../db/author';
import { getById, update } from '../../db/repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { formatDate } from '../../ui/format';
import type { NoteInput } from './progress-note';
import { excerpt, newestFirst, noteProblems, problemsOfNote, withNote, withoutNote } from './progress-note';
import { May } from '../../ui/may';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

type Props = { measure: Measure };
type Done = 'saved' | 'updated' | 'deleted' | null;
/** The note to delete, and the button that asked, for the focus to go back to. */
type Deleting = { note: ProgressNote; opener: HTMLButtonElement } | null;

export function ProgressNotes({ measure }: Props) {
  const { t, i18n } = useTranslation('measures');
  const [added, setAdded] = useState(0);
  const [done, setDone] = useState<Done>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const focusAfterRender = useFocusAfterRender();
  const dateOf = (note: ProgressNote) => formatDate(note.date, i18n.language);
  const editButtonId = (note: Pick<ProgressNote, 'id'>) => `note-${note.id}-edit`;

  // When a correction closes, its inputs vanish: the focus goes back to the note's edit button.
  const closedEdit = useRef<string | null>(null);
  useEffect(() => {
    if (editing === null && closedEdit.current) {
      document.getElementById(editButtonId({ id: closedEdit.current }))?.focus();
      closedEdit.current = null;
    }
  }, [editing]);
  const closeEdit = (saved: boolean) => {
    closedEdit.current = editing;
    setEditing(null);
    if (saved) setDone('updated');
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const current = (await getById('measures', measure.id)) ?? measure;
    const result = await update('measures', measure.id, { progressNotes: withoutNote(current.progressNotes, deleting.note.id) });
    if (editing === deleting.note.id) setEditing(null);
    setDeleting(null);
    if (result.ok) setDone('deleted');
    // The note and its buttons are gone; the section's heading is where the reader continues,
    // once the dialog has closed.
    focusAfterRender(() => document.getElementById('measure-notes'));
  };

  return (
    <section className="card" aria-labelledby="measure-notes">
      <h2 id="measure-notes" tabIndex={-1}>
        {t('notes.title')}
      </h2>
      <May kind="measures" operation="update" field="progressNotes">
        <NoteForm
          key={added}
          measure={measure}
          onSaved={() => {
            setAdded((n) => n + 1);
            setDone('saved');
            // The form starts afresh; the message stands just above the list, whose first
            // entry is the new note, so the next Tab reaches it.
            focusAfterRender(() => document.getElementById('measure-notes-done'));
          }}
        />
      </May>
      <p id="measure-notes-done" role="status" tabIndex={-1}>
        {done ? t(`notes.${done}`) : null}
      </p>
      {measure.progressNotes.length === 0 ? <p>{t('notes.empty')}</p> : null}
      <ol className="list notes">
        {newestFirst(measure.progressNotes).map((note) => (
          <li key={note.id}>
            {editing === note.id ? (
              <NoteForm
                measure={measure}
                note={note}
                onSaved={() => closeEdit(true)}
                onCancel={() => closeEdit(false)}
              />
            ) : (
              <>
                <NoteMeta date={dateOf(note)} author={note.author} />
                <p className="prose-text">{note.text}</p>
                <May kind="measures" operation="update" field="progressNotes">
                  <div className="actions">
                    <button
                      id={editButtonId(note)}
                      className="button"
                      type="button"
                      onClick={() => {
                        setDone(null);
                        setEditing(note.id);
                      }}
                    >
                      {t('common:actions.edit')} <span className="visually-hidden">{t('notes.which', { date: dateOf(note) })}</span>
                    </button>
                    <button className="button" type="button" onClick={(event) => setDeleting({ note, opener: event.currentTarget })}>
                      {t('common:actions.delete')} <span className="visually-hidden">{t('notes.which', { date: dateOf(note) })}</span>
                    </button>
                  </div>
                </May>
              </>
            )}
          </li>
        ))}
      </ol>
      {deleting ? (
        <ConfirmDialog
          title={t('notes.deleteTitle')}
          text={t('notes.deleteText', { date: dateOf(deleting.note), text: excerpt(deleting.note.text) })}
          confirmLabel={t('notes.deleteConfirm')}
          onConfirm={confirmDelete}
          onCancel={() => {
            deleting.opener.focus();
            setDeleting(null);
          }}
        />
      ) : null}
    </section>
  );
}

type FormProps = Props & {
  /** The note being corrected; absent to add one. */
  note?: ProgressNote;
  onSaved: () => void;
  onCancel?: () => void;
};

function NoteForm({ measure, note, onSaved, onCancel }: FormProps) {
  const { t } = useTranslation('measures');
  // A new note is signed by whoever the app records changes as (updatedBy), so note and
  // revision agree; a corrected note keeps its author.
  const author = note?.author ?? recordContext().by;
  const draftId = note?.id ?? '00000000-0000-4000-8000-000000000000';
  const form = useForm<NoteInput>({
    initial: { date: note?.date ?? today(), text: note?.text ?? '' },
    validate: (v) => problemsOfNote(measure, { ...v, id: draftId, author }, today()),
    onSubmit: async (v) => {
      const current = (await getById('measures', measure.id)) ?? measure;
      const notes = withNote(current.progressNotes, { ...v, id: note?.id ?? recordContext().newId(), author });
      const result = await update('measures', measure.id, { progressNotes: notes });
      if (!result.ok) return noteProblems(result.problems, notes.findIndex((n) => n.id === (note?.id ?? notes.at(-1)?.id)));
      onSaved();
    },
  });
  // A correction opens where the note stood; the focus goes into it, not to the top of the page.
  const firstInput = form.inputId('date');
  useEffect(() => {
    if (note) document.getElementById(firstInput)?.focus();
  }, [note, firstInput]);

  return (
    <form noValidate aria-label={note ? t('notes.editTitle') : undefined} onSubmit={(event) => void form.submit(event)}>
      <TextField form={form} name="date" type="date" label={t('notes.date')} required />
      <TextArea form={form} name="text" label={t('notes.text')} rows={3} required />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {note ? t('common:actions.save') : t('notes.add')}
        </button>
        {onCancel ? (
          <button className="button" type="button" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** When and by whom; a note signed without a name was written on this device. */
function NoteMeta({ date, author }: { date: string; author: string }) {
  const { t } = useTranslation('measures');
  const name = authorName(author);
  return <p className="meta">{name ? t('notes.meta', { date, author: name }) : t('notes.metaHere', { date })}</p>;
}
