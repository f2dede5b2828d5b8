// A progress note is validated as part of its measure (the schema and the core's note rule);
// these helpers build that candidate list and point its problems back at the note's own inputs.
import { progressNoteProblems } from '../../core/progress-note-rules';
import type { Measure, ProgressNote } from '../../core/schema';
import type { Problem } from '../../core/validation';
import { recordProblems } from '../../ui/form/candidate';

export type NoteInput = { date: string; text: string };
export type NoteDraft = NoteInput & { id: string; author: string };

/**
 * The list with the note in it: in its place when a note with its id is there (an edit), else
 * at the end. An edit whose note was deleted meanwhile (another tab) is kept as a new note, so
 * what the person typed is not lost.
 */
export function withNote(notes: readonly ProgressNote[], note: NoteDraft): ProgressNote[] {
  // An empty date is "missing", not a malformed date.
  const candidate = { ...note, date: note.date || undefined } as ProgressNote;
  const at = notes.findIndex((n) => n.id === note.id);
  return at === -1 ? [...notes, candidate] : notes.map((n, i) => (i === at ? candidate : n));
}

export function withoutNote(notes: readonly ProgressNote[], id: string): ProgressNote[] {
  return notes.filter((n) => n.id !== id);
}

/** Problems of the note at `index`, at its own field names ("progressNotes.3.text" → "text"). */
export function noteProblems(problems: Problem[], index: number): Problem[] {
  const prefix = `progressNotes.${index}.`;
  return problems.map((p) => (p.path.startsWith(prefix) ? { ...p, path: p.path.slice(prefix.length) } : p));
}

/** Everything wrong with saving `note` into the measure: the schema's problems and the note rule's. */
export function problemsOfNote(measure: Measure, note: NoteDraft, today: string): Problem[] {
  const candidate = withNote(measure.progressNotes, note);
  const index = candidate.findIndex((n) => n.id === note.id);
  return noteProblems(
    [...recordProblems('measures', measure, { progressNotes: candidate }), ...progressNoteProblems(measure.progressNotes, candidate, today)],
    index,
  );
}

/** The start of a long note, for a question that names it. */
export function excerpt(text: string, length = 120): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** Newest first; notes of the same day in the order they were written, latest on top. */
export function newestFirst(notes: ProgressNote[]): ProgressNote[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => b.note.date.localeCompare(a.note.date) || b.index - a.index)
    .map(({ note }) => note);
}
