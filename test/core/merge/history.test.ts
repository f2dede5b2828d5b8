// The history's comparison of two revisions (SPEC.md H2) and the restore of one value at a
// conflict's path (H3, H4): a coordinator looks at what changed in a measure and puts back a
// caseworker's note that lost.
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../../src/core/merge/diff';
import type { JsonObject } from '../../../src/core/merge/json';
import { valueAt, withValueAt } from '../../../src/core/merge/paths';

const note = (id: string, text: string) => ({ id, date: '2026-03-01', text, author: 'Ben' });
const before: JsonObject = {
  id: 'm1', revision: 1, updatedBy: 'anna', deleted: false,
  title: 'Sprachcafé', translations: { ar: { name: 'مقهى' } },
  progressNotes: [note('n1', 'Start'), note('n2', 'Raum gewechselt')],
};

describe('comparing two revisions', () => {
  it('H2: lists changed fields, nested fields and list items by id, not the writer\'s fields', () => {
    const after = {
      ...before, revision: 2, updatedBy: 'ben', title: 'Sprachcafé Calvörde', translations: { ar: { name: 'مقهى اللغة' } },
      progressNotes: [note('n2', 'Raum gewechselt'), note('n1', 'Start mit 8 Personen'), note('n3', 'Neu')],
    };
    expect(compareRecords(before, after)).toEqual([
      { path: ['title'], before: 'Sprachcafé', after: 'Sprachcafé Calvörde' },
      { path: ['translations', 'ar', 'name'], before: 'مقهى', after: 'مقهى اللغة' },
      { path: ['progressNotes', 'n1', 'text'], before: 'Start', after: 'Start mit 8 Personen' },
      { path: ['progressNotes', 'n3'], after: note('n3', 'Neu') },
      { path: ['progressNotes'], before: ['n1', 'n2'], after: ['n2', 'n1', 'n3'] },
    ]);
  });

  it('H2: a deletion is a difference of its own', () => {
    expect(compareRecords(before, { ...before, deleted: true })).toEqual([{ path: ['deleted'], before: false, after: true }]);
  });
});

describe('a value at a conflict path', () => {
  it('H3: reads and writes a field inside a list item, leaving the other items as they are', () => {
    expect(valueAt(before, ['progressNotes', 'n2', 'text'])).toBe('Raum gewechselt');
    const restored = withValueAt(before, ['progressNotes', 'n2', 'text'], 'Raum 2');
    expect(restored.progressNotes).toEqual([note('n1', 'Start'), note('n2', 'Raum 2')]);
    expect(before.progressNotes).toEqual([note('n1', 'Start'), note('n2', 'Raum gewechselt')]);
  });

  it('H4: restoring a removed list item puts it back; an absent value removes it', () => {
    const removed = withValueAt(before, ['progressNotes', 'n1'], undefined);
    expect(removed.progressNotes).toEqual([note('n2', 'Raum gewechselt')]);
    expect(withValueAt(removed, ['progressNotes', 'n1'], note('n1', 'Start')).progressNotes).toEqual([note('n2', 'Raum gewechselt'), note('n1', 'Start')]);
  });

  it('H4: the empty path is the whole record', () => {
    expect(valueAt(before, [])).toBe(before);
    expect(withValueAt(before, [], { title: 'Anders' })).toEqual({ title: 'Anders' });
  });
});
