// An edit writes only what the person changed, and never over a field someone else changed
// since the form was opened.
import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../src/core/field-changes';

const opened = { id: 'g1', revision: 3, title: 'Sprachkurse', description: 'Alt', priority: 'medium', tags: ['a'] };

describe('the changes of an edit', () => {
  it('are only the fields that differ from what the form opened', () => {
    const form = { title: 'Sprachkurse', description: 'Neu', priority: 'medium', tags: ['a'] };
    expect(fieldChanges(opened, form, opened)).toEqual({ changes: { description: 'Neu' }, conflicts: [] });
  });

  it('are empty when the form comes back unchanged, whatever the key order', () => {
    expect(fieldChanges(opened, { tags: ['a'], priority: 'medium', title: 'Sprachkurse' }, opened)).toEqual({ changes: {}, conflicts: [] });
  });

  it('leave a field someone else changed meanwhile to them', () => {
    const stored = { ...opened, revision: 4, title: 'Sprachkurse für Erwachsene' };
    const form = { title: 'Sprachkurse', description: 'Neu' };
    expect(fieldChanges(stored, form, opened)).toEqual({ changes: { description: 'Neu' }, conflicts: [] });
  });

  it('name a field changed here and there to different values', () => {
    const stored = { ...opened, revision: 4, description: 'Von Herrn Brandt' };
    expect(fieldChanges(stored, { description: 'Von Frau Schulz' }, opened)).toEqual({ changes: {}, conflicts: ['description'] });
  });

  it('see no conflict where both made the same change', () => {
    const stored = { ...opened, revision: 4, description: 'Gleich' };
    expect(fieldChanges(stored, { description: 'Gleich' }, opened)).toEqual({ changes: {}, conflicts: [] });
  });

  it('never touch the bookkeeping fields', () => {
    expect(fieldChanges(opened, { id: 'other', revision: 9, title: 'X' }).changes).toEqual({ title: 'X' });
  });
});
