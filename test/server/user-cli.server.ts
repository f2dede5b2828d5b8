// The administrator makes the county's first coordinator with `npm run user`, while the server
// runs on the same data, and manages accounts from the command line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { StoreOptions } from '../../src/server/storage/store';
import type { TestServer } from './harness';
import { freshStoreOptions, startServer, storeKind } from './harness';
import { call } from './http';

const root = path.join(import.meta.dirname, '../..');

function user(store: StoreOptions, args: string[], input?: string) {
  const env = { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl ?? '' };
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/user.ts'), ...args], { cwd: root, env, input: input ?? '', encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run starts Node with tsx and hashes with production parameters: seconds on a busy machine.
describe(`npm run user (${storeKind})`, { timeout: 60_000 }, () => {
  let store: StoreOptions;
  let server: TestServer;
  beforeAll(async () => {
    store = await freshStoreOptions();
    server = await startServer({ store });
  });
  afterAll(() => server.close());

  it('creates the county with its first coordinator, who can then log in to the running server', () => {
    const added = user(store, ['add', 'Anna', '--county', 'boerde', '--role', 'coordinator'], 'Leitbild und Ziele 2026\n');
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('Added coordinator anna to county boerde.');
    return expect(call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'anna', password: 'Leitbild und Ziele 2026' } })).resolves.toMatchObject({ status: 200 });
  });

  it('lists, disables and resets accounts, and refuses a common password', async () => {
    expect(user(store, ['add', 'ben', '--county', 'boerde', '--role', 'caseworker'], 'Beratung am Dienstag').status).toBe(0);
    const weak = user(store, ['add', 'eve', '--county', 'boerde', '--role', 'caseworker'], 'password123');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('most common');

    expect(user(store, ['list', '--county', 'boerde']).stdout).toBe('anna\tcoordinator\tactive\nben\tcaseworker\tactive\n');

    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: { county: 'boerde', name: 'ben', password: 'Beratung am Dienstag' } })).body.token;
    expect(user(store, ['disable', 'ben', '--county', 'boerde']).status).toBe(0);
    expect((await call(`${server.url}/api/session`, { token })).status).toBe(401);
    expect(user(store, ['list', '--county', 'boerde']).stdout).toContain('ben\tcaseworker\tdisabled');

    expect(user(store, ['enable', 'ben', '--county', 'boerde']).status).toBe(0);
    expect(user(store, ['reset', 'ben', '--county', 'boerde'], 'Neue Woche, neues Glück').status).toBe(0);
    expect((await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'ben', password: 'Neue Woche, neues Glück' } })).status).toBe(200);
  });

  it('explains its use when a county or command is missing', () => {
    const run = user(store, ['add', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run user');
  });
});
