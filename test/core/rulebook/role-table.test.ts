// README's role table (test/role-table.ts, written out cell by cell) against the core's
// rulebook, which the app asks before every local write: the same cells the server suite
// checks over HTTP (test/server/role-matrix.server.ts). A device that never connected to a
// server (role null) may do everything.
import { describe, expect, it } from 'vitest';
import type { WriteContext } from '../../../src/core/rulebook/judge';
import { judgeDelete, judgePut } from '../../../src/core/rulebook/judge';
import type { Role } from '../../../src/core/rulebook/roles';
import type { AnyEntity, EntityKind } from '../../../src/core/schema';
import { factories } from '../../factories';
import type { TableOperation } from '../../role-table';
import { expectedStatus, fieldTable, ordinaryEdits, roleCells } from '../../role-table';
import { everythingArrives } from './memory-lookup';

const context = (role: Role | null): WriteContext => ({ role, today: '2026-06-03', lookup: everythingArrives });

function revised(record: AnyEntity, change: Record<string, unknown>): AnyEntity {
  return { ...record, ...change, revision: record.revision + 1, updatedAt: '2026-06-03T09:00:00.000Z' };
}

async function attempt(kind: EntityKind, operation: TableOperation, role: Role | null) {
  const record = factories[kind]();
  if (operation === 'create') return judgePut(context(role), kind, { previous: undefined, next: record });
  if (operation === 'update') return judgePut(context(role), kind, { previous: record, next: revised(record, ordinaryEdits[kind]) });
  return judgeDelete(context(role), kind, { previous: record, next: revised(record, { deleted: true }) });
}

describe("README's role table, asked of the rulebook as the app asks it", () => {
  it.each(roleCells)('%s × %s × %s', async (kind, operation, role) => {
    const verdict = await attempt(kind, operation, role);
    if (expectedStatus(kind, operation, role) === 200) {
      expect(verdict).toMatchObject({ ok: true });
    } else {
      expect(verdict).toMatchObject({ ok: false, forbidden: { role, operation }, problems: [{ code: 'forbidden' }] });
    }
  });

  it.each(fieldTable.map((row) => [row.kind, Object.keys(row.change)[0]!, row.caseworker, row.change] as const))(
    "a caseworker's update of %s.%s: %i",
    async (kind, field, expected, change) => {
      const record = factories[kind]();
      const verdict = await judgePut(context('caseworker'), kind, { previous: record, next: revised(record, change) });
      if (expected === 200) expect(verdict).toMatchObject({ ok: true });
      else expect(verdict).toMatchObject({ ok: false, forbidden: { role: 'caseworker', operation: 'update', fields: [field] } });
    },
  );

  it.each(roleCells.filter(([, , role]) => role === 'caseworker'))('a device that never connected may %s × %s', async (kind, operation) => {
    expect(await attempt(kind, operation, null)).toMatchObject({ ok: true });
  });
});
