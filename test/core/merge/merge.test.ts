// The merge rules of SPEC.md, one story each: a coordinator at the office and caseworkers on
// tablets change the same measure; `ours` is what reached the server first.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/core/merge/json';
import { contentOf, mergeRecord, rejectChange } from '../../../src/core/merge/merge';

const note = (id: string, text: string, date = '2026-03-01') => ({ id, date, text, author: 'Ben' });
const n1 = '00000000-0000-4000-8000-000000000001';
const n2 = '00000000-0000-4000-8000-000000000002';
const n3 = '00000000-0000-4000-8000-000000000003';

const base: JsonObject = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'anna',
  revision: 3,
  deleted: false,
  title: 'Sprachcafé',
  description: 'Jeden Dienstag',
  status: 'active',
  budgetPerYear: 1000,
  targetGroups: ['refugees'],
  translations: { ar: { name: 'مقهى اللغة' }, uk: { name: 'Мовне кафе' } },
  progressNotes: [note(n1, 'Start mit 8 Personen'), note(n2, 'Raum gewechselt')],
};

const edit = (changes: JsonObject, from: JsonObject = base): JsonObject => ({ ...from, ...changes, revision: (from.revision as number) + 1, updatedAt: '2026-02-02T09:00:00.000Z', updatedBy: 'someone' });

/** Both directions converge on the record's content when the two sides changed different fields (M12). */
function bothWays(ours: JsonObject, theirs: JsonObject) {
  const forth = mergeRecord(base, ours, theirs);
  const back = mergeRecord(base, theirs, ours);
  expect(contentOf(forth.record)).toEqual(contentOf(back.record));
  expect(forth.record.deleted).toBe(back.record.deleted);
  return forth;
}

/** Merging the same change into the result again leaves it as it is (M13). */
function settles(ours: JsonObject, theirs: JsonObject) {
  const first = mergeRecord(base, ours, theirs);
  const again = mergeRecord(base, first.record, theirs);
  expect(again.record).toEqual(first.record);
  expect(again.changed).toBe(false);
  return first;
}

describe('merge rules', () => {
  it('M1: a field one side changed takes that change, whichever side it is', () => {
    const coordinator = edit({ title: 'Sprachcafé am Markt' });
    const caseworker = edit({ status: 'paused' });
    const merged = bothWays(coordinator, caseworker);
    expect(merged.record).toMatchObject({ title: 'Sprachcafé am Markt', status: 'paused', description: 'Jeden Dienstag' });
    expect(merged.conflicts).toEqual([]);
    expect(merged.changed).toBe(true);
    settles(coordinator, caseworker);
  });

  it('M2: the same field changed differently keeps the value committed first and keeps the other in a conflict', () => {
    const first = edit({ budgetPerYear: 1500 });
    const second = edit({ budgetPerYear: 1200 });
    const merged = settles(first, second);
    expect(merged.record.budgetPerYear).toBe(1500);
    expect(merged.conflicts).toEqual([{ path: ['budgetPerYear'], reason: 'both_changed', kept: 1500, lost: 1200 }]);
    expect(merged.changed).toBe(false);
    // The other direction: the other value was first, so it stays.
    expect(mergeRecord(base, second, first).record.budgetPerYear).toBe(1200);
  });

  it('M2: the same change made on both sides is no conflict', () => {
    const merged = mergeRecord(base, edit({ status: 'done' }), edit({ status: 'done' }));
    expect(merged.conflicts).toEqual([]);
    expect(merged.record.status).toBe('done');
  });

  it('M2: no clock decides: a change with a later time still loses to the one committed first', () => {
    const first = { ...edit({ title: 'A' }), updatedAt: '2026-01-01T00:00:00.000Z' };
    const later = { ...edit({ title: 'B' }), updatedAt: '2030-12-31T23:59:59.000Z' };
    expect(mergeRecord(base, first, later).record.title).toBe('A');
  });

  it('M3: nested objects merge field by field: two translations made apart both stay', () => {
    const arabic = edit({ translations: { ar: { name: 'مقهى اللغة', description: 'كل ثلاثاء' }, uk: { name: 'Мовне кафе' } } });
    const ukrainian = edit({ translations: { ar: { name: 'مقهى اللغة' }, uk: { name: 'Мовне кафе у центрі' } } });
    const merged = bothWays(arabic, ukrainian);
    expect(merged.record.translations).toEqual({ ar: { name: 'مقهى اللغة', description: 'كل ثلاثاء' }, uk: { name: 'Мовне кафе у центрі' } });
    expect(merged.conflicts).toEqual([]);
    settles(arabic, ukrainian);
  });

  it('M3: a nested field changed differently on both sides is a conflict at its path', () => {
    const merged = mergeRecord(base, edit({ translations: { ar: { name: 'x' }, uk: { name: 'Мовне кафе' } } }), edit({ translations: { ar: { name: 'y' }, uk: { name: 'Мовне кафе' } } }));
    expect(merged.conflicts).toEqual([{ path: ['translations', 'ar', 'name'], reason: 'both_changed', kept: 'x', lost: 'y' }]);
  });

  it('M4: two tablets each add a progress note: both notes stay', () => {
    const tablet1 = edit({ progressNotes: [...(base.progressNotes as JsonObject[]), note(n3, 'Zweiter Kurs')] });
    const tablet2 = edit({ progressNotes: [...(base.progressNotes as JsonObject[]), note('00000000-0000-4000-8000-000000000004', 'Neue Ehrenamtliche')] });
    const merged = settles(tablet1, tablet2);
    expect((merged.record.progressNotes as JsonObject[]).map((n) => n.text)).toEqual(['Start mit 8 Personen', 'Raum gewechselt', 'Neue Ehrenamtliche', 'Zweiter Kurs']);
    expect(merged.conflicts).toEqual([]);
  });

  it('M4: a note removed on one side and a different note edited on the other: both changes hold', () => {
    const removed = edit({ progressNotes: [note(n2, 'Raum gewechselt')] });
    const edited = edit({ progressNotes: [note(n1, 'Start mit 8 Personen'), note(n2, 'Raum gewechselt (Aula)')] });
    const merged = bothWays(removed, edited);
    expect(merged.record.progressNotes).toEqual([note(n2, 'Raum gewechselt (Aula)')]);
    expect(merged.conflicts).toEqual([]);
    settles(removed, edited);
  });

  it('M4: one note edited in different fields on both sides merges field by field', () => {
    const text = edit({ progressNotes: [note(n1, 'Start mit 9 Personen'), note(n2, 'Raum gewechselt')] });
    const date = edit({ progressNotes: [note(n1, 'Start mit 8 Personen', '2026-02-27'), note(n2, 'Raum gewechselt')] });
    const merged = bothWays(text, date);
    expect((merged.record.progressNotes as JsonObject[])[0]).toEqual(note(n1, 'Start mit 9 Personen', '2026-02-27'));
  });

  it('M5: a note removed on one side and edited on the other stays with the edit; the removal is the conflict', () => {
    const removed = edit({ progressNotes: [note(n2, 'Raum gewechselt')] });
    const edited = edit({ progressNotes: [note(n1, 'Start mit 12 Personen'), note(n2, 'Raum gewechselt')] });
    for (const [ours, theirs] of [[removed, edited], [edited, removed]] as const) {
      const merged = settles(ours, theirs);
      expect(merged.record.progressNotes).toEqual([note(n1, 'Start mit 12 Personen'), note(n2, 'Raum gewechselt')]);
      expect(merged.conflicts).toEqual([{ path: ['progressNotes', n1], reason: 'edit_vs_delete', kept: note(n1, 'Start mit 12 Personen') }]);
    }
  });

  it('M6: items keep the order of the side that reordered them; a new item follows its neighbour', () => {
    const reordered = edit({ progressNotes: [note(n2, 'Raum gewechselt'), note(n1, 'Start mit 8 Personen')] });
    const added = edit({ progressNotes: [note(n1, 'Start mit 8 Personen'), note(n3, 'Neu'), note(n2, 'Raum gewechselt')] });
    for (const [ours, theirs] of [[reordered, added], [added, reordered]] as const) {
      const merged = mergeRecord(base, ours, theirs);
      expect((merged.record.progressNotes as JsonObject[]).map((n) => n.id)).toEqual([n2, n1, n3]);
    }
  });

  it('M7: a list of plain values is one value: changed on both sides, the first stays', () => {
    const merged = mergeRecord(base, edit({ targetGroups: ['refugees', 'women'] }), edit({ targetGroups: ['refugees', 'families'] }));
    expect(merged.record.targetGroups).toEqual(['refugees', 'women']);
    expect(merged.conflicts).toEqual([{ path: ['targetGroups'], reason: 'both_changed', kept: ['refugees', 'women'], lost: ['refugees', 'families'] }]);
  });

  it('M8: a deletion of a record the other side left untouched deletes it, in either direction', () => {
    const deleted = edit({ deleted: true });
    const merged = mergeRecord(base, base, deleted);
    expect(merged.record.deleted).toBe(true);
    expect(merged.conflicts).toEqual([]);
    expect(mergeRecord(base, deleted, base).record.deleted).toBe(true);
    expect(mergeRecord(base, deleted, base).changed).toBe(false);
  });

  it('M8: undeleting is a change too', () => {
    const tombstone = { ...base, deleted: true };
    const restored = edit({ deleted: false }, tombstone);
    expect(mergeRecord(tombstone, tombstone, restored).record.deleted).toBe(false);
    expect(mergeRecord(tombstone, restored, tombstone).record.deleted).toBe(false);
  });

  it('M9: an edit that reaches the server after a deletion it never saw does not bring the record back; the edit waits in the tombstone and in a conflict', () => {
    const deleted = edit({ deleted: true });
    const stale = edit({ status: 'done' });
    const merged = settles(deleted, stale);
    expect(merged.record).toMatchObject({ deleted: true, status: 'done' });
    expect(merged.changed).toBe(true);
    expect(merged.conflicts).toEqual([{ path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false }]);
  });

  it('M9: a deletion that reaches the server after an edit it never saw keeps the record, with the edit, and the deletion goes into a conflict', () => {
    const edited = edit({ status: 'done' });
    const deleted = edit({ deleted: true });
    const merged = settles(edited, deleted);
    expect(merged.record).toMatchObject({ deleted: false, status: 'done' });
    expect(merged.conflicts).toEqual([{ path: ['deleted'], reason: 'edit_vs_delete', kept: false, lost: true }]);
  });

  it('M9: without a common version, a record the server deleted stays deleted', () => {
    const merged = mergeRecord(undefined, edit({ deleted: true }), edit({ title: 'Sprachcafé am Markt' }));
    expect(merged.record).toMatchObject({ deleted: true });
    expect(merged.conflicts).toContainEqual({ path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false });
  });

  it('M8, M9: undeleting a record one has seen deleted brings it back, even when the tombstone took an edit meanwhile', () => {
    const tombstone = { ...base, deleted: true };
    const editedTombstone = edit({ status: 'done' }, tombstone);
    const undeleted = edit({ deleted: false }, tombstone);
    const merged = mergeRecord(tombstone, editedTombstone, undeleted);
    expect(merged.record).toMatchObject({ deleted: false, status: 'done' });
    expect(merged.conflicts).toEqual([]);
  });

  it('M10: a record deleted on both sides is deleted; the deletion is no conflict', () => {
    const merged = mergeRecord(base, edit({ deleted: true }), edit({ deleted: true, status: 'dropped' }));
    expect(merged.record).toMatchObject({ deleted: true, status: 'dropped' });
    expect(merged.conflicts).toEqual([]);
  });

  it('M10: fields both sides changed differently before deleting are still conflicts, for a later restore', () => {
    const merged = mergeRecord(base, edit({ deleted: true, title: 'x' }), edit({ deleted: true, title: 'y' }));
    expect(merged.record).toMatchObject({ deleted: true, title: 'x' });
    expect(merged.conflicts).toEqual([{ path: ['title'], reason: 'both_changed', kept: 'x', lost: 'y' }]);
  });

  it('M11: without a base every field the two hold differently is a conflict the first wins; notes union', () => {
    // n2 follows nothing on its side, so it comes first (M6).
    const ours = edit({ title: 'A', progressNotes: [note(n1, 'eins')] });
    const theirs = edit({ title: 'B', progressNotes: [note(n2, 'zwei')] });
    const merged = mergeRecord(undefined, ours, theirs);
    expect(merged.record.title).toBe('A');
    expect((merged.record.progressNotes as JsonObject[]).map((n) => n.id)).toEqual([n2, n1]);
    expect(merged.conflicts).toEqual([{ path: ['title'], reason: 'both_changed', kept: 'A', lost: 'B' }]);
  });

  it('M11: a record new to the server is taken whole', () => {
    const merged = mergeRecord(undefined, undefined, base);
    expect(merged).toEqual({ record: base, conflicts: [], changed: true });
  });

  it('M12: the writer\'s fields take no part: only a change of times and authors changes nothing', () => {
    const touched = { ...base, updatedAt: '2031-01-01T00:00:00.000Z', updatedBy: 'ben', revision: 9 };
    const merged = mergeRecord(base, base, touched);
    expect(merged.changed).toBe(false);
    expect(merged.record).toEqual(base);
  });

  it('M13: merging a version with itself, or the base into it, changes nothing', () => {
    const ours = edit({ title: 'X', progressNotes: [note(n3, 'drei')] });
    expect(mergeRecord(base, ours, ours)).toEqual({ record: ours, conflicts: [], changed: false });
    expect(mergeRecord(base, ours, base)).toEqual({ record: ours, conflicts: [], changed: false });
  });

  it('M14: a rejected change keeps the stored record and lists each field the device changed', () => {
    const ours = edit({ title: 'Sprachcafé am Markt' });
    const theirs = edit({ description: 'Neu', status: 'done' });
    const problems = [{ path: 'end', code: 'date_order', message: 'End before start' }];
    const rejected = rejectChange(base, ours, theirs, problems);
    expect(rejected.record).toBe(ours);
    expect(rejected.changed).toBe(false);
    expect(rejected.conflicts).toEqual([
      { path: ['description'], reason: 'rejected', kept: 'Jeden Dienstag', lost: 'Neu', problems },
      { path: ['status'], reason: 'rejected', kept: 'active', lost: 'done', problems },
    ]);
  });

  it('M14: a rejected new record is kept as a tombstone with the whole record in the conflict', () => {
    const rejected = rejectChange(undefined, undefined, base, undefined);
    expect(rejected.record).toEqual({ ...base, deleted: true });
    expect(rejected.conflicts).toEqual([{ path: [], reason: 'rejected', lost: base }]);
  });
});
