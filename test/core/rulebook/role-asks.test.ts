// What a change asks of the writer's role: measured from the version it was made from, a
// revival is a creation and a deletion that changes content asks for those fields too.
import { describe, expect, it } from 'vitest';
import { asksOf, asksOfValueAt, changedFields, refusalOf } from '../../../src/core/rulebook/role-asks';

const measure = { id: 'm', revision: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'anna', deleted: false, title: 'Sprachcafé', status: 'active', translations: { ar: 'x', uk: 'y' } };

describe('what a change asks of a role', () => {
  it('a new record asks to create, live or already deleted', () => {
    expect(asksOf(undefined, measure)).toEqual([{ operation: 'create' }]);
    expect(asksOf(undefined, { ...measure, deleted: true })).toEqual([{ operation: 'create' }]);
  });

  it('an edit asks to update the fields it changes; the writer\'s stamp and key order are no change', () => {
    const edited = { status: 'paused', translations: { uk: 'y', ar: 'x' }, title: 'Sprachcafé', deleted: false, id: 'm', revision: 4, updatedAt: '2026-02-01T00:00:00.000Z', updatedBy: 'ben' };
    expect(asksOf(measure, edited)).toEqual([{ operation: 'update', fields: ['status'] }]);
    expect(changedFields(measure, { ...measure, revision: 9, updatedBy: 'ben' })).toEqual([]);
    expect(asksOf(measure, { ...measure, revision: 4 })).toEqual([]);
  });

  it('bringing a deleted record back asks to create, whatever else it changes', () => {
    const deleted = { ...measure, deleted: true };
    expect(asksOf(deleted, { ...measure, status: 'done' })).toEqual([{ operation: 'create' }]);
  });

  it('a deletion asks to delete, and to update the fields the tombstone changed along with it', () => {
    expect(asksOf(measure, { ...measure, deleted: true })).toEqual([{ operation: 'delete' }]);
    expect(asksOf(measure, { ...measure, deleted: true, title: 'Anders' })).toEqual([{ operation: 'delete' }, { operation: 'update', fields: ['title'] }]);
    expect(asksOf({ ...measure, deleted: true }, { ...measure, deleted: true, title: 'Anders' })).toEqual([{ operation: 'update', fields: ['title'] }]);
  });

  it('a value at a path asks what writing it there would: a field, a deletion, a revival, a whole record', () => {
    expect(asksOfValueAt(['progressNotes', 'n1', 'text'], 'x')).toEqual([{ operation: 'update', fields: ['progressNotes'] }]);
    expect(asksOfValueAt(['deleted'], true)).toEqual([{ operation: 'delete' }]);
    expect(asksOfValueAt(['deleted'], false)).toEqual([{ operation: 'create' }]);
    expect(asksOfValueAt([], {})).toEqual([{ operation: 'create' }]);
  });
});

describe('what the role grants', () => {
  it('names the operation a role lacks, or the fields outside a partial grant', () => {
    expect(refusalOf('measures', 'caseworker', [{ operation: 'update', fields: ['status', 'title', 'description'] }])).toEqual({ role: 'caseworker', operation: 'update', fields: ['title', 'description'] });
    expect(refusalOf('measures', 'caseworker', [{ operation: 'delete' }])).toEqual({ role: 'caseworker', operation: 'delete' });
    expect(refusalOf('referrals', 'caseworker', [{ operation: 'delete' }, { operation: 'update', fields: ['month'] }])).toEqual({ role: 'caseworker', operation: 'update' });
    expect(refusalOf('measures', 'caseworker', [{ operation: 'update', fields: ['status'] }])).toBeNull();
  });

  it('refuses a device that never connected nothing', () => {
    expect(refusalOf('offers', null, [{ operation: 'delete' }, { operation: 'create' }])).toBeNull();
  });
});
