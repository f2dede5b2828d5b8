// A rule for progress notes that the measure's schema cannot check alone: a note records what
// has happened, so its date cannot lie after today (an ISO date the caller passes). Only the
// notes a write adds or changes are checked, so a note dated ahead before this rule existed
// does not block an edit of the measure's title; it is refused once someone edits that note.
import type { ProgressNote } from './schema';
import type { Problem } from './validation';

export function progressNoteProblems(previous: readonly ProgressNote[], next: readonly ProgressNote[], today: string): Problem[] {
  const before = new Map(previous.map((note) => [note.id, note]));
  return next.flatMap((note, index) => {
    const old = before.get(note.id);
    const touched = !old || old.date !== note.date || old.text !== note.text;
    return touched && note.date > today ? [{ path: `progressNotes.${index}.date`, code: 'future_date' as const, params: {} }] : [];
  });
}
