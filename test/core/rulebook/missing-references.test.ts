// References a write adds must point at live records; a record the same batch brings counts.
import { describe, expect, it } from 'vitest';
import { missingReferences } from '../../../src/core/rulebook/missing-references';
import { makeFieldOfAction, makeGoal } from '../../factories';
import { MemoryLookup } from './memory-lookup';

describe('references a write adds', () => {
  const field = makeFieldOfAction();
  const gone = makeFieldOfAction({ deleted: true });

  it('must point at a stored, live record', async () => {
    const lookup = new MemoryLookup([{ kind: 'fieldsOfAction', record: field }, { kind: 'fieldsOfAction', record: gone }]);
    expect(await missingReferences(lookup, 'goals', makeGoal({ fieldId: field.id }), undefined)).toEqual([]);
    expect(await missingReferences(lookup, 'goals', makeGoal({ fieldId: gone.id }), undefined)).toEqual([{ path: 'fieldId', code: 'missing_reference', params: { ref: gone.id } }]);
    expect(await missingReferences(lookup, 'goals', makeGoal({ fieldId: 'nirgends' }), undefined)).toMatchObject([{ code: 'missing_reference' }]);
  });

  it('count a record that a later change of the same batch brings', async () => {
    const lookup = new MemoryLookup([], new Set([`fieldsOfAction/${field.id}`]));
    expect(await missingReferences(lookup, 'goals', makeGoal({ fieldId: field.id }), undefined)).toEqual([]);
  });

  it('leave alone a reference the record already held: an edit of the title does not fail for a field deleted meanwhile', async () => {
    const goal = makeGoal({ fieldId: gone.id });
    const lookup = new MemoryLookup([{ kind: 'fieldsOfAction', record: gone }]);
    expect(await missingReferences(lookup, 'goals', { ...goal, title: 'Neu' }, goal)).toEqual([]);
  });
});
