// Whoever gets hold of the data folder or a backup, but not the key the operator keeps apart,
// learns no second-factor secret; and no other user of the machine can read the files (issue
// 17, item 3).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { totpCode } from '../../src/server/auth/totp';
import { rotateKey } from '../../src/server/security/sealed-secrets';
import { SQLITE_FILE } from '../../src/server/storage/store';
import { cli } from './child-server';
import type { TestServer } from './harness';
import { anna, freshStoreOptions, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe(`17.3 secrets at rest: files 0600 in 0700 folders, second-factor secrets sealed with the operator's key (${storeKind})`, { timeout: 60_000 }, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
    await seed(server, [anna]);
  });
  afterEach(() => server.close());

  /** Sets up Anna's second factor over HTTP; answers its secret. */
  async function enrolAnna(): Promise<string> {
    const token = await tokenFor(server, anna);
    const start = await call<{ secret: string }>(`${server.url}/api/account/totp`, { token, body: { current: anna.password } });
    expect((await call(`${server.url}/api/account/totp/confirm`, { token, body: { code: totpCode(start.body.secret, server.clock.now()) } })).status).toBe(204);
    server.clock.advance(30_000);
    return start.body.secret;
  }

  const loginWithCode = async (secret: string) => {
    server.clock.advance(30_000);
    return (await call(`${server.url}/api/login`, { body: { ...anna, totp: totpCode(secret, server.clock.now()) } })).status;
  };

  const storedSecret = async () => (await server.store.db.selectFrom('accounts').select('totp_secret').where('name', '=', 'anna').executeTakeFirstOrThrow()).totp_secret!;

  it('the database holds the secret sealed, the backup holds it sealed and is 0600, and the key file is 0600 in a 0700 folder', async () => {
    const secret = await enrolAnna();
    expect(await storedSecret()).toMatch(/^enc:v1:/);
    expect(await storedSecret()).not.toContain(secret);
    expect(await loginWithCode(secret)).toBe(200);

    const backup = path.join(mkdtempSync(path.join(tmpdir(), 'backup-')), 'county.json');
    const run = cli('backup', { dataDir: server.config.dataDir, databaseUrl: server.config.databaseUrl }, [backup]);
    expect(run.status, run.stderr).toBe(0);
    const written = readFileSync(backup, 'utf8');
    expect(written).toContain('enc:v1:');
    expect(written).not.toContain(secret);
    expect(mode(backup)).toBe('600');

    expect(mode(server.config.secretKeyFile)).toBe('600');
    expect(mode(path.dirname(server.config.secretKeyFile))).toBe('700');
  });

  it('a secret still in clear from an older version is sealed at the next start, and its codes still work', async () => {
    const secret = await enrolAnna();
    // As the previous version stored it: in clear.
    await server.store.db.updateTable('accounts').set({ totp_secret: secret }).where('name', '=', 'anna').execute();
    await server.close();
    server = await startServer({ store: { dataDir: server.config.dataDir, databaseUrl: server.config.databaseUrl }, clock: server.clock });
    expect(await storedSecret()).toMatch(/^enc:v1:/);
    expect(await loginWithCode(secret)).toBe(200);
  });

  it('a server started with a key file that does not open the secrets refuses to start', async () => {
    await enrolAnna();
    const otherKey = path.join(mkdtempSync(path.join(tmpdir(), 'other-key-')), 'secret.key');
    await expect(startServer({ store: { dataDir: server.config.dataDir, databaseUrl: server.config.databaseUrl }, config: { secretKeyFile: otherKey } })).rejects.toThrow(/sealed with key .* does not hold/);
  });

  it('a rotated key seals every secret anew; the running server reads the new key, and the old one stays for older backups', async () => {
    const secret = await enrolAnna();
    const before = await storedSecret();
    const { id, resealed } = await rotateKey(server.store, server.config.secretKeyFile);
    expect(resealed).toBe(1);
    const after = await storedSecret();
    expect(after).toMatch(new RegExp(`^enc:v1:${id}\\.`));
    expect(after).not.toBe(before);
    expect(readFileSync(server.config.secretKeyFile, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(mode(server.config.secretKeyFile)).toBe('600');
    expect(await loginWithCode(secret)).toBe(200);
  });
});

describe.runIf(storeKind === 'sqlite')('17.3 the SQLite folder is 0700 and the database, WAL and shared-memory files 0600', () => {
  it('on a new data folder', async () => {
    const server = await startServer();
    try {
      await seed(server, [anna]);
      await tokenFor(server, anna);
      const dir = server.config.dataDir;
      expect(mode(dir)).toBe('700');
      for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) expect([file, mode(path.join(dir, file))]).toEqual([file, '600']);
    } finally {
      await server.close();
    }
  });

  it('on a data folder an older version left 0755 with its files 0644', async () => {
    const first = await freshStoreOptions();
    const dataDir = path.join(first.dataDir, 'data');
    const old = await startServer({ store: { ...first, dataDir } });
    await seed(old, [anna]);
    await old.close();
    chmodSync(dataDir, 0o755);
    for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) {
      const name = path.join(dataDir, file);
      try {
        chmodSync(name, 0o644);
      } catch {
        // The WAL files are gone after a clean close.
      }
    }
    const server = await startServer({ store: { ...first, dataDir } });
    try {
      await tokenFor(server, anna);
      expect(mode(dataDir)).toBe('700');
      for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) expect([file, mode(path.join(dataDir, file))]).toEqual([file, '600']);
    } finally {
      await server.close();
    }
  });

  it("leaves a folder alone that holds other people's files too", async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'shared-'));
    chmodSync(shared, 0o755);
    mkdirSync(path.join(shared, 'other-project'));
    writeFileSync(path.join(shared, 'notes.txt'), 'not ours');
    const server = await startServer({ store: { dataDir: shared, databaseUrl: null } });
    try {
      expect(mode(shared)).toBe('755');
      expect(mode(path.join(shared, SQLITE_FILE))).toBe('600');
    } finally {
      await server.close();
    }
  });
});
