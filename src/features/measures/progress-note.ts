// A progress note is validated as part of its measure (the schema is the only validator);
// these helpers build that candidate and point its problems back at the note's own inputs.
import type { Measure, ProgressNote } from '../../core/schema';
import type { Problem } from '../../core/validation';

export type NoteInput = { date: string; text: string };

export function withNote(measure: Measure, note: NoteInput & { id: string; author: string }) {
  // An empty date is "missing", not a malformed date.
  return [...measure.progressNotes, { ...note, date: note.date || undefined }] as ProgressNote[];
}

/** Problems of the new note, at its own field names ("progressNotes.3.text" → "text"). */
export function noteProblems(problems: Problem[], index: number): Problem[] {
  const prefix = `progressNotes.${index}.`;
  return problems.map((p) => (p.path.startsWith(prefix) ? { ...p, path: p.path.slice(prefix.length) } : p));
}

/** Newest first; notes of the same day in the order they were written, latest on top. */
export function newestFirst(notes: ProgressNote[]): ProgressNote[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => b.note.date.localeCompare(a.note.date) || b.index - a.index)
    .map(({ note }) => note);
}
