// Running the server: an online backup while people write, a restore, a graceful stop on
// SIGTERM, logs without secrets, and a crash in the middle of a burst of writes.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addAccount } from '../../src/server/accounts/accounts';
import { openStore } from '../../src/server/storage/store';
import type { StoreOptions } from '../../src/server/storage/store';
import { makeGoal } from '../factories';
import { anna, freshStoreOptions, startServer, storeKind, testHashing, tokenFor } from './harness';
import { call } from './http';
import type { County } from './county-records';
import { countyRecords, storeCounty } from './county-records';
import { cli, outputContains, spawnServer } from './child-server';

/** A store with Anna's county in it, prepared before any server runs on it. */
async function preparedStore(): Promise<StoreOptions> {
  const options = await freshStoreOptions();
  const store = await openStore(options);
  await store.transaction((trx) => addAccount(trx, anna, testHashing, new Date(), true));
  await store.close();
  return options;
}

async function loginAt(url: string): Promise<string> {
  return (await call<{ token: string }>(`${url}/api/login`, { body: anna })).body.token;
}

// Spawned servers and tools start Node with tsx: seconds each on a busy machine.
describe(`operations (${storeKind})`, { timeout: 120_000 }, () => {
  it('backs up while writes go on, and the restored server holds exactly what the backup saw', async () => {
    const store = await preparedStore();
    const server = await startServer({ store });
    const token = await tokenFor(server, anna);
    const county: County = countyRecords();
    await storeCounty(server.url, token, county);
    const field = county.fieldsOfAction[0]!;
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing && n < 200) {
        n += 1;
        const goal = makeGoal({ fieldId: field.id, title: `Ziel ${n}` });
        await call(`${server.url}/api/records/goals/${goal.id}`, { method: 'PUT', token, body: goal });
      }
    })();
    const file = path.join(store.dataDir, 'backup.json');
    const backup = cli('backup', store, [file]);
    writing = false;
    await writer;
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/^Backup written to .*: 1 counties, 1 accounts, \d+ records \(and \d+ deleted, kept for sync\), \d+ revisions\.$/m);
    await server.close();

    // The backup is one consistent moment: the county's revision counter matches its history.
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { tables: { counties: { revision: number }[]; record_history: unknown[]; records: { county_revision: number }[] } };
    expect(saved.tables.record_history).toHaveLength(saved.tables.counties[0]!.revision);
    expect(Math.max(...saved.tables.records.map((r) => r.county_revision))).toBe(saved.tables.counties[0]!.revision);

    const target = await freshStoreOptions();
    const restored = cli('restore', target, [file]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(cli('restore', target, [file]).stderr).toContain('already holds data');

    const again = await startServer({ store: target });
    const goals = await call<{ records: { title: string }[]; countyRevision: number }>(`${again.url}/api/records/goals`, { token: await tokenFor(again, anna) });
    expect(goals.body.countyRevision).toBe(saved.tables.counties[0]!.revision);
    expect(goals.body.records).toHaveLength(saved.tables.records.filter((r) => (r as unknown as { kind: string }).kind === 'goals').length);
    await again.close();
  });

  it('on SIGTERM finishes the request in flight, refuses new ones, closes the database and exits cleanly; its log holds no password or token', async () => {
    const store = await preparedStore();
    const server = await spawnServer(store);
    const token = await loginAt(server.url);
    const goal = makeGoal({ fieldId: '5f1c8d2e-0000-4000-8000-00000000f1e1' });
    const body = JSON.stringify({ changes: [{ op: 'put', kind: 'fieldsOfAction', id: goal.fieldId, record: { ...countyRecords().fieldsOfAction[0]!, id: goal.fieldId } }] });

    // A request whose body is still arriving when the signal comes.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(`${server.url}/api/writes`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on('error', reject);
      request.write(body.slice(0, 20));
      void outputContains(server, '"url":"/api/writes"').then(() => {
        server.child.kill('SIGTERM');
        return outputContains(server, 'shutting down');
      }).then(() => request.end(body.slice(20)));
    });
    const finished = await answer;
    expect(finished.status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('database closed');
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    const log = server.output();
    expect(log).toContain('"msg":"request completed"');
    expect(log).not.toContain(anna.password);
    expect(log).not.toContain(token);

    const reopened = await openStore(store);
    const stored = await reopened.db.selectFrom('records').select('id').where('id', '=', goal.fieldId).execute();
    await reopened.close();
    expect(stored).toHaveLength(1);
  });

  it('killed in the middle of a burst of writes, it loses nothing acknowledged and keeps no half-written batch', async () => {
    const store = await preparedStore();
    let server = await spawnServer(store);
    let token = await loginAt(server.url);
    const county = countyRecords();
    await storeCounty(server.url, token, county);
    const field = county.fieldsOfAction[0]!;

    // Eight clients each send batches of three goals; the server is killed after 40 acknowledgements.
    const acknowledged: string[][] = [];
    const sent: string[][] = [];
    let killed = false;
    const client = async () => {
      for (let n = 0; n < 200 && !killed; n += 1) {
        const goals = [0, 1, 2].map((i) => makeGoal({ fieldId: field.id, title: `Stoß ${n}.${i}` }));
        sent.push(goals.map((g) => g.id));
        try {
          const answer = await call(`${server.url}/api/writes`, { token, body: { changes: goals.map((g) => ({ op: 'put', kind: 'goals', id: g.id, record: g })) } });
          if (answer.status === 200) acknowledged.push(goals.map((g) => g.id));
        } catch {
          return;
        }
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    await server.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    server = await spawnServer(store);
    token = await loginAt(server.url);
    const goals = await call<{ records: { id: string }[]; countyRevision: number }>(`${server.url}/api/records/goals`, { token });
    const present = new Set(goals.body.records.map((g) => g.id));
    for (const batch of acknowledged) expect(batch.every((id) => present.has(id))).toBe(true);
    for (const batch of sent) expect([0, 3]).toContain(batch.filter((id) => present.has(id)).length);
    const history = await call<{ revisions: unknown[] }>(`${server.url}/api/records/goals/${acknowledged[0]![0]}/history`, { token });
    expect(history.body.revisions).toHaveLength(1);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
