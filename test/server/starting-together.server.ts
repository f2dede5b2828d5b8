// Processes that open a fresh DATA_DIR or database at the same moment (issue 17, item 6): the
// server starting while `npm run user -- add` runs, as the quick start invites, or several
// instances of a state-wide deployment starting together. Each brings the schema up to date
// at start; one does the work, the others wait and find it done, and none fails.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { migrations } from '../../src/server/storage/migrations';
import type { StoreOptions } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import { cli, root, spawnServer, storeEnv } from './child-server';
import { freshStoreOptions, storeKind } from './harness';
import { call } from './http';

type Opener = { ready: Promise<void>; go: () => void; done: Promise<{ code: number | null; stderr: string }> };

/** A process that opens the store when told to (open-store-child.ts). */
function opener(store: StoreOptions): Opener {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/server/open-store-child.ts')], { cwd: root, env: storeEnv(store), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    void done.then(() => reject(new Error(`the opener exited before it was ready: ${stderr}`)));
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}

async function migrationsRecorded(store: StoreOptions): Promise<string[]> {
  const opened = await openStore(store);
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(opened.db);
    return rows.rows.map((row) => row.name);
  } finally {
    await opened.close();
  }
}

const PROCESSES = 4;
const ROUNDS = 5;

// Every process starts Node with tsx: seconds each on a busy machine.
describe(`starting together on a fresh ${storeKind} store`, { timeout: 240_000 }, () => {
  it(`6: ${PROCESSES} processes opening a fresh store at the same instant all succeed, round after round, and each migration runs once`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const store = await freshStoreOptions();
      const openers = Array.from({ length: PROCESSES }, () => opener(store));
      // Node and tsx load first, so the stores open within a few milliseconds of each other.
      await Promise.all(openers.map((o) => o.ready));
      for (const o of openers) o.go();
      const results = await Promise.all(openers.map((o) => o.done));
      expect(results, `round ${round}`).toEqual(Array.from({ length: PROCESSES }, () => ({ code: 0, stderr: '' })));
      expect(await migrationsRecorded(store)).toEqual(Object.keys(migrations).sort());
    }
  });

  it('6: the server starts while `npm run user -- add` makes the first coordinator on the same fresh store: both succeed, and she can log in', async () => {
    const store = await freshStoreOptions();
    const starting = spawnServer(store);
    // Runs while the server starts; both open the fresh store.
    const added = cli('user', store, ['add', 'anna', '--county', 'boerde', '--role', 'coordinator'], 'Leitbild und Ziele 2026\n');
    const server = await starting;
    try {
      expect(added).toMatchObject({ status: 0, stderr: '' });
      const login = await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'anna', password: 'Leitbild und Ziele 2026' } });
      expect(login.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
