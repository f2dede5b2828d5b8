import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/messages';
import { progressNoteProblems } from '../../src/core/progress-note-rules';
import { nextId } from '../factories';

const TODAY = '2026-06-30';
const note = (date: string, text = 'Kurs gestartet') => ({ id: nextId(), date, text, author: 'test' });

describe('a progress note records what has happened (field test: a note dated 2031)', () => {
  it('refuses a new note dated after today, at its date', () => {
    const earlier = note('2026-05-02');
    const problems = progressNoteProblems([earlier], [earlier, note('2031-01-15')], TODAY);
    expect(problems).toEqual([{ path: 'progressNotes.1.date', code: 'future_date', params: {} }]);
    expect(describeProblem(problems[0]!, 'de')).toBe('Datum des Vermerks darf nicht in der Zukunft liegen.');
  });

  it('takes a note dated today', () => {
    expect(progressNoteProblems([], [note(TODAY)], TODAY)).toEqual([]);
  });

  it('refuses an edit that moves a note into the future, but lets an old note dated ahead stand while others change', () => {
    const ahead = note('2031-01-15');
    expect(progressNoteProblems([ahead], [ahead, note('2026-06-01')], TODAY)).toEqual([]);
    expect(progressNoteProblems([ahead], [{ ...ahead, text: 'korrigiert' }], TODAY)).toEqual([
      { path: 'progressNotes.0.date', code: 'future_date', params: {} },
    ]);
  });
});
