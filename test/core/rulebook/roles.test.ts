// What a screen asks before it offers an action: mayDo, over the role matrix.
import { describe, expect, it } from 'vitest';
import { mayDo } from '../../../src/core/rulebook/roles';

describe('what a role may do, as a screen asks it', () => {
  it("a caseworker may change a measure's status and progress notes, not its title, and not create or delete measures", () => {
    expect(mayDo('caseworker', 'measures', 'update', 'status')).toBe(true);
    expect(mayDo('caseworker', 'measures', 'update', 'progressNotes')).toBe(true);
    expect(mayDo('caseworker', 'measures', 'update', 'title')).toBe(false);
    expect(mayDo('caseworker', 'measures', 'update')).toBe(true);
    expect(mayDo('caseworker', 'measures', 'create')).toBe(false);
    expect(mayDo('caseworker', 'measures', 'delete')).toBe(false);
  });

  it('a caseworker counts referrals and takes a count back, but does not edit one; the directory is not his', () => {
    expect(mayDo('caseworker', 'referrals', 'create')).toBe(true);
    expect(mayDo('caseworker', 'referrals', 'delete')).toBe(true);
    expect(mayDo('caseworker', 'referrals', 'update', 'month')).toBe(false);
    expect(mayDo('caseworker', 'offers', 'update')).toBe(false);
  });

  it('the coordinator may do everything, and so may a device that never connected to a server', () => {
    expect(mayDo('coordinator', 'offers', 'delete')).toBe(true);
    expect(mayDo('coordinator', 'measures', 'update', 'title')).toBe(true);
    expect(mayDo(null, 'offers', 'delete')).toBe(true);
    expect(mayDo(null, 'measures', 'update', 'title')).toBe(true);
  });
});
