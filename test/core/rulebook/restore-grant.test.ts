// Which conflict restores a role allows, written out (not computed from the role matrix): the
// coordinator's screen offers a restore only where the loser's role allows the write.
import { mayRestore, restoreAsk } from '../../../src/core/rulebook/restore-grant';

test('a restore asks for the write it makes: a revival is a creation, a field an update of that field', () => {
  expect(restoreAsk([], { title: 'x' })).toEqual({ operation: 'create' });
  expect(restoreAsk(['deleted'], false)).toEqual({ operation: 'create' });
  expect(restoreAsk(['deleted'], true)).toEqual({ operation: 'delete' });
  expect(restoreAsk(['status'], 'done')).toEqual({ operation: 'update', field: 'status' });
  expect(restoreAsk(['progressNotes', 'n1', 'text'], 'Vermerk')).toEqual({ operation: 'update', field: 'progressNotes' });
});

test.each([
  ['caseworker', 'measures', ['status'], 'done', true],
  ['caseworker', 'measures', ['title'], 'Neu', false],
  ['caseworker', 'measures', ['deleted'], false, false],
  ['caseworker', 'measurements', [], { value: 12 }, true],
  ['caseworker', 'offers', ['archived'], true, false],
  ['caseworker', 'correctionReports', ['note'], 'x', true],
  ['coordinator', 'measures', ['deleted'], false, true],
  ['coordinator', 'offers', [], { name: 'x' }, true],
] as const)('%s: restoring %s %j to %j is allowed: %s', (role, kind, path, lost, allowed) => {
  expect(mayRestore(role, kind, path, lost)).toBe(allowed);
});
