// The administrator makes the county's first coordinator with `npm run user`, while the server
// runs on the same data, and manages accounts from the command line.
import { readFileSync } from 'node:fs';
import { totpCode } from '../../src/server/auth/totp';
import type { StoreOptions } from '../../src/server/storage/store';
import { cli } from './child-server';
import type { TestServer } from './harness';
import { freshStoreOptions, seed, startServer, storeKind } from './harness';
import { call } from './http';
import { TestClock } from './test-clock';

/** `npm run user` on the test's store and key file, as child-server's cli runs every command. */
const user = (store: StoreOptions, args: string[], input?: string) => cli('user', store, args, input);

/** The JSON lines a command wrote (its security events) beside its sentences. */
const jsonLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);

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
    expect(jsonLines(user(store, ['enable', 'ben', '--county', 'boerde']).stdout)).toEqual([expect.objectContaining({ security: true, event: 'account_changed', county: 'boerde', name: 'ben', disabled: false })]);

    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: { county: 'boerde', name: 'ben', password: 'Beratung am Dienstag' } })).body.token;
    expect(user(store, ['disable', 'ben', '--county', 'boerde']).status).toBe(0);
    expect((await call(`${server.url}/api/session`, { token })).status).toBe(401);
    expect(user(store, ['list', '--county', 'boerde']).stdout).toContain('ben\tcaseworker\tdisabled');

    expect(user(store, ['enable', 'ben', '--county', 'boerde']).status).toBe(0);
    expect(user(store, ['reset', 'ben', '--county', 'boerde'], 'Neue Woche, neues Glück').status).toBe(0);
    expect((await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'ben', password: 'Neue Woche, neues Glück' } })).status).toBe(200);
  });

  it('17.9 unlock NAME --county KEY lifts the lock that guessing from many addresses put on the account', async () => {
    // On the real clock, as the command reads it.
    const lockedServer = await startServer({ store, config: { trustProxy: true }, clock: new TestClock(new Date().toISOString()) });
    // Seeded with the tests' cheap hashing: a hundred wrong guesses at production cost would take minutes here.
    const carl = { county: 'boerde', name: 'carl', role: 'caseworker', password: 'Carl berät montags' } as const;
    await seed(lockedServer, [carl]);
    try {
      for (let address = 1; address <= 10; address += 1) {
        await Promise.all(Array.from({ length: 10 }, (_, n) => call(`${lockedServer.url}/api/login`, { body: { ...carl, password: `attack ${n}` }, headers: { 'x-forwarded-for': `192.0.2.${address}` } })));
      }
      const login = () => call(`${lockedServer.url}/api/login`, { body: carl, headers: { 'x-forwarded-for': '198.51.100.5' } });
      expect((await login()).status).toBe(429);
      expect(user(store, ['list', '--county', 'boerde']).stdout).toContain('carl\tcaseworker\tactive\tlocked');
      const unlocked = user(store, ['unlock', 'carl', '--county', 'boerde']);
      expect(unlocked.stdout).toContain('carl can log in again at once.');
      expect(jsonLines(unlocked.stdout)).toEqual([expect.objectContaining({ event: 'account_unlocked', name: 'carl' })]);
      expect((await login()).status).toBe(200);
    } finally {
      await lockedServer.close();
    }
  });

  it('17.6 totp NAME ends the sessions of the account, as the API route does; 17.3 its secret is stored sealed', async () => {
    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: { county: 'boerde', name: 'anna', password: 'Leitbild und Ziele 2026' } })).body.token;
    const run = user(store, ['totp', 'anna', '--county', 'boerde']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('its sessions ended');
    expect((await call(`${server.url}/api/session`, { token })).status).toBe(401);
    const secret = /secret=([A-Z2-7]+)/.exec(run.stdout)![1]!;
    const stored = await server.store.db.selectFrom('accounts').select('totp_secret').where('name', '=', 'anna').executeTakeFirstOrThrow();
    expect(stored.totp_secret).toMatch(/^enc:v1:/);
    expect(stored.totp_secret).not.toContain(secret);
    expect((await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'anna', password: 'Leitbild und Ziele 2026', totp: totpCode(secret, server.clock.now()) } })).status).toBe(200);
  });

  it('17.3 rotate-key seals every secret with a new key, and the running server reads it without a restart', async () => {
    const keyFile = server.config.secretKeyFile;
    const before = readFileSync(keyFile, 'utf8');
    const run = user(store, ['rotate-key']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/New key \w+ is first in .*; 1 secrets sealed again with it/);
    expect(readFileSync(keyFile, 'utf8').endsWith(before)).toBe(true);
    // Anna's code (set up in the test before) still works against the server that was running throughout.
    const { totp_secret: sealed } = await server.store.db.selectFrom('accounts').select('totp_secret').where('name', '=', 'anna').executeTakeFirstOrThrow();
    const keyId = /^enc:v1:(\w+)\./.exec(sealed!)![1];
    expect(run.stdout).toContain(`New key ${keyId} `);
    const enrolToken = (await call<{ token: string }>(`${server.url}/api/login`, { body: { county: 'boerde', name: 'ben', password: 'Neue Woche, neues Glück' } })).body.token;
    const start = await call<{ secret: string }>(`${server.url}/api/account/totp`, { token: enrolToken, body: { current: 'Neue Woche, neues Glück' } });
    const bens = await server.store.db.selectFrom('accounts').select('totp_pending_secret').where('name', '=', 'ben').executeTakeFirstOrThrow();
    expect(bens.totp_pending_secret).toMatch(new RegExp(`^enc:v1:${keyId}\\.`));
    expect(start.status).toBe(200);
  });

  it('explains its use when a county or command is missing', () => {
    const run = user(store, ['add', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run user');
  });
});
