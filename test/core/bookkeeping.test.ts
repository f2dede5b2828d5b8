// The bookkeeping fields, written down once (src/core/bookkeeping.ts), are the fields every
// record's schema carries beside its content, and no edit sets them.
import { describe, expect, it } from 'vitest';
import { bookkeepingFields, writerFields } from '../../src/core/bookkeeping';
import { fieldChanges } from '../../src/core/field-changes';
import { recordBase } from '../../src/core/schema';

describe('the bookkeeping every record carries', () => {
  it('is what the schemas give every record, provenance aside (that is content a person writes)', () => {
    expect([...bookkeepingFields].sort()).toEqual(Object.keys(recordBase).filter((key) => key !== 'provenance').sort());
  });

  it('the writer stamps all of it but the deletion, which the merge weighs like any change', () => {
    expect(writerFields).toEqual(['id', 'createdAt', 'updatedAt', 'updatedBy', 'madeBy', 'revision']);
  });

  it('an edit that hands back bookkeeping changes none of it', () => {
    const stored = { id: 'a', revision: 2, deleted: false, createdAt: 'x', updatedAt: 'y', updatedBy: 'anna', title: 'Alt' };
    expect(fieldChanges(stored, { ...stored, id: 'b', revision: 9, deleted: true, title: 'Neu' }).changes).toEqual({ title: 'Neu' });
  });
});
