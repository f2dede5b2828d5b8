// Taking over an HSDS file writes through the core's rulebook like any local write: a
// caseworker's tablet does not take over a directory (issue 17, bulk paths).
import { beforeEach, expect, test } from 'vitest';
import { applyHsdsPlan, planHsdsText } from '../../src/db/hsds-import';
import { listActive } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { forgetConnection, saveConnection } from '../../src/replica/connection';
import { freshDatabase, makeLinkedRecords } from '../factories';
import { officialExample } from '../core/hsds/hsds-fixtures';

beforeEach(async () => {
  freshDatabase();
  await replaceAll(makeLinkedRecords(), 'sync');
});

test("a caseworker's tablet refuses to take over an HSDS file, naming the role, and writes nothing; once logged out the device takes it over", async () => {
  await saveConnection('boerde', 'ben', { token: 't', role: 'caseworker', expiresAt: '2099-01-01T00:00:00.000Z' });
  const plan = await planHsdsText(JSON.stringify([officialExample('organization_full')]));
  expect(plan.accepted).toBe(true);

  expect(await applyHsdsPlan(plan)).toMatchObject({ ok: false, reason: 'refused', problems: [{ code: 'forbidden', params: { role: 'caseworker', operation: 'create' } }] });
  expect(await listActive('providers')).toHaveLength(1);

  await forgetConnection();
  expect(await applyHsdsPlan(plan)).toEqual({ ok: true, written: 2 });
  expect((await listActive('providers')).map((provider) => provider.name)).toContain('Example Organization Inc.');
});
