// The coordinator's side of sync over real HTTP (src/core/merge/SPEC.md H1–H4): an entry's
// revisions compared, an earlier value restored as a new revision, and the conflicts a sync
// produced listed, restored and dismissed, each once.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SyncConflict } from '../../src/core/merge/protocol';
import { restoreBackup, writeBackup } from '../../src/server/storage/backup';
import { openStore } from '../../src/server/storage/store';
import type { County } from './county-records';
import type { TestServer } from './harness';
import { freshStoreOptions, storeKind } from './harness';
import { call } from './http';
import { Device, startedCounty } from './sync-device';

describe(`history and conflicts (${storeKind})`, () => {
  let server: TestServer;
  let annaToken: string;
  let benToken: string;
  let county: County;
  let office: Device;
  let laptop: Device;

  beforeEach(async () => {
    ({ server, annaToken, benToken, county, office } = await startedCounty());
    laptop = new Device(server.url, annaToken);
    await laptop.sync();
  });
  afterEach(() => server.close());

  const measureId = () => county.measures[0]!.id;
  const measureUrl = () => `${server.url}/api/records/measures/${measureId()}`;

  /** The office and the laptop both retitle the measure; the laptop's title loses. */
  async function titleConflict(): Promise<SyncConflict> {
    await office.sync([office.edit('measures', measureId(), { title: 'Im Büro' })]);
    const answer = await laptop.sync([laptop.edit('measures', measureId(), { title: 'Unterwegs' })]);
    expect(answer.body.conflicts).toHaveLength(1);
    return answer.body.conflicts[0]!;
  }

  it('H2: two revisions of an entry compare field by field', async () => {
    await office.sync([office.edit('measures', measureId(), { title: 'Neu', status: 'paused' })]);
    const compared = await call<{ differences: unknown[] }>(`${measureUrl()}/compare?from=1&to=2`, { token: annaToken });
    expect(compared.status).toBe(200);
    expect(compared.body.differences).toEqual([
      { path: ['title'], before: county.measures[0]!.title, after: 'Neu' },
      { path: ['status'], before: county.measures[0]!.status, after: 'paused' },
    ]);
    expect((await call(`${measureUrl()}/compare?from=1&to=9`, { token: annaToken })).status).toBe(404);
  });

  it('H3: an earlier value is restored as a new revision; what changed since in other fields stays', async () => {
    await office.sync([office.edit('measures', measureId(), { title: 'Neu' })]);
    await office.sync([office.edit('measures', measureId(), { status: 'paused' })]);
    const restored = await call<{ record: Record<string, unknown> }>(`${measureUrl()}/restore`, { token: annaToken, body: { revision: 1, path: ['title'] } });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.record).toMatchObject({ title: county.measures[0]!.title, status: 'paused', revision: 4, updatedBy: 'anna' });
    const history = await call<{ revisions: { revision: number }[] }>(`${measureUrl()}/history`, { token: annaToken });
    expect(history.body.revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
  });

  it('H3: a restore goes through the role checks like any change', async () => {
    await office.sync([office.edit('measures', measureId(), { title: 'Neu' })]);
    const refused = await call(`${measureUrl()}/restore`, { token: benToken, body: { revision: 1 } });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'forbidden', fields: ['title'] });
  });

  it('H4: the coordinator sees the conflict, restores the losing value as a new revision, and it is resolved once', async () => {
    const conflict = await titleConflict();
    const listed = await call<{ conflicts: SyncConflict[]; open: number }>(`${server.url}/api/conflicts`, { token: annaToken });
    expect(listed.body.open).toBe(1);
    // The list names the role of whoever lost (both devices are anna's here), for her screen to offer only a restore it allows.
    expect(listed.body.conflicts).toEqual([{ ...conflict, lostByRole: 'coordinator' }]);
    const resolved = await call<{ record: Record<string, unknown>; conflict: SyncConflict }>(`${server.url}/api/conflicts/${conflict.id}/resolve`, { token: annaToken, body: { action: 'restore' } });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.record).toMatchObject({ title: 'Unterwegs', revision: 3 });
    expect(resolved.body.conflict).toMatchObject({ status: 'restored', resolvedBy: 'anna' });
    await office.sync();
    expect(office.get('measures', measureId()).title).toBe('Unterwegs');
    const again = await call(`${server.url}/api/conflicts/${conflict.id}/resolve`, { token: annaToken, body: { action: 'dismiss' } });
    expect(again.status).toBe(409);
    expect((await call<{ open: number }>(`${server.url}/api/conflicts`, { token: annaToken })).body.open).toBe(0);
  });

  it('H4: a dismissed conflict leaves the record as it is', async () => {
    const conflict = await titleConflict();
    const dismissed = await call<{ record: null; conflict: SyncConflict }>(`${server.url}/api/conflicts/${conflict.id}/resolve`, { token: annaToken, body: { action: 'dismiss' } });
    expect(dismissed.body).toMatchObject({ record: null, conflict: { status: 'dismissed' } });
    expect((await call<{ record: { title: string } }>(measureUrl(), { token: annaToken })).body.record.title).toBe('Im Büro');
  });

  it('H4, M9: restoring the deletion that lost to an edit deletes the record', async () => {
    const goal = county.goals[0]!;
    await office.sync([office.edit('goals', goal.id, { title: 'Noch gebraucht' })]);
    const answer = await laptop.sync([laptop.edit('goals', goal.id, { deleted: true })]);
    const [conflict] = answer.body.conflicts;
    const resolved = await call<{ record: Record<string, unknown> }>(`${server.url}/api/conflicts/${conflict!.id}/resolve`, { token: annaToken, body: { action: 'restore' } });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.record).toMatchObject({ deleted: true, title: 'Noch gebraucht' });
  });

  it('H4: only the coordinator lists and resolves conflicts', async () => {
    const conflict = await titleConflict();
    expect((await call(`${server.url}/api/conflicts`, { token: benToken })).status).toBe(403);
    expect((await call(`${server.url}/api/conflicts/${conflict.id}/resolve`, { token: benToken, body: { action: 'dismiss' } })).status).toBe(403);
  });

  it('issue 18.16 a backup summary counts the entries the county holds, and the deleted ones apart', async () => {
    const held = Object.values(county).reduce((sum, records) => sum + records.length, 0);
    const measurement = county.measurements[0]!;
    expect((await call(`${server.url}/api/records/measurements/${measurement.id}`, { method: 'DELETE', token: annaToken })).status).toBe(200);
    const options = await freshStoreOptions();
    const summary = await writeBackup(server.store, path.join(options.dataDir, 'backup.json'), server.clock.now());
    expect(summary).toMatchObject({ records: held - 1, deleted_records: 1 });
  });

  it('H4: a backup keeps the conflicts and the answered syncs; a backup from before sync restores with none', async () => {
    await titleConflict();
    const options = await freshStoreOptions();
    const file = path.join(options.dataDir, 'backup.json');
    const summary = await writeBackup(server.store, file, server.clock.now());
    expect(summary).toMatchObject({ sync_conflicts: 1, sync_requests: 3 });
    const restored = await openStore(options);
    try {
      await restoreBackup(restored, file, { replace: false });
      expect(await restored.db.selectFrom('sync_conflicts').selectAll().execute()).toHaveLength(1);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { tables: Record<string, unknown> };
      delete saved.tables.sync_conflicts;
      delete saved.tables.sync_requests;
      writeFileSync(file, JSON.stringify(saved));
      expect(await restoreBackup(restored, file, { replace: true })).toMatchObject({ sync_conflicts: 0, sync_requests: 0, records: summary.records });
    } finally {
      await restored.close();
    }
  });
});
