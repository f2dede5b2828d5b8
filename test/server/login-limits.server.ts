// Someone guesses passwords: the guessing stops after a few tries, the person whose account it
// is can still log in from their own device, and no lock outlasts its window.
import { totpCode } from '../../src/server/auth/totp';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind } from './harness';
import { call } from './http';

describe(`login limits (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    // Behind a load balancer, as in a state-wide deployment: addresses come from X-Forwarded-For.
    server = await startServer({ config: { trustProxy: true } });
    await seed(server, [anna, ben]);
  });
  afterEach(() => server.close());

  const from = (address: string, body: object) => call(`${server.url}/api/login`, { body, headers: { 'x-forwarded-for': address } });

  it('refuses logins to an account from an address after too many failures, then lets them in again after the window', async () => {
    const limit = server.config.loginLimit.perAccount;
    for (let n = 0; n < limit; n += 1) expect((await from('203.0.113.7', { ...ben, password: `guess number ${n}` })).status).toBe(401);

    const locked = await from('203.0.113.7', ben);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: 'too_many_attempts' });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);

    // Ben on his own tablet is not locked out by the guessing.
    expect((await from('198.51.100.20', ben)).status).toBe(200);

    server.clock.advance(server.config.loginLimit.windowMs);
    expect((await from('203.0.113.7', ben)).status).toBe(200);
  });

  it('an address that guesses at many accounts is stopped as a whole', async () => {
    const limit = server.config.loginLimit.perAddress;
    for (let n = 0; n < limit; n += 1) await from('203.0.113.9', { county: 'boerde', name: `person${n}`, password: 'Sommer im Garten' });
    const locked = await from('203.0.113.9', anna);
    expect(locked.status).toBe(429);
    expect((await from('198.51.100.21', anna)).status).toBe(200);
  });

  it('counts unknown names like known ones, so the limit does not tell which names exist', async () => {
    const limit = server.config.loginLimit.perAccount;
    for (let n = 0; n < limit; n += 1) await from('203.0.113.8', { county: 'boerde', name: 'nobody', password: `guess ${n}` });
    expect((await from('203.0.113.8', { county: 'boerde', name: 'nobody', password: 'guess again' })).status).toBe(429);
  });
});

/** A coordinator with a second factor, set up over HTTP as the app does; answers the authenticator's secret. */
async function withSecondFactor(server: TestServer, person: typeof anna): Promise<string> {
  const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: person })).body.token;
  const start = await call<{ secret: string }>(`${server.url}/api/account/totp`, { token, body: { current: person.password } });
  const confirm = await call(`${server.url}/api/account/totp/confirm`, { token, body: { code: totpCode(start.body.secret, server.clock.now()) } });
  expect(confirm.status).toBe(204);
  server.clock.advance(30_000);
  return start.body.secret;
}

const tally = (answers: { status: number }[]) => answers.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

describe(`17.1 login limits hold under parallel requests (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer({ config: { trustProxy: true } });
    await seed(server, [anna, ben]);
  });
  afterEach(() => server.close());

  const from = (address: string, body: object) => call(`${server.url}/api/login`, { body, headers: { 'x-forwarded-for': address } });

  it('40 parallel wrong passwords from one address: 10 are checked (401), 30 are refused (429)', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => from('203.0.113.7', { ...ben, password: `parallel guess ${n}` })));
    expect(tally(answers)).toEqual({ 401: 10, 429: 30 });
    // The right password after the burst is refused too, until the window ends.
    expect((await from('203.0.113.7', ben)).status).toBe(429);
  });

  it('a burst of 30 with the right password among them gets no more than 10 checked answers', async () => {
    const burst = Array.from({ length: 30 }, (_, n) => (n === 29 ? ben : { ...ben, password: `parallel guess ${n}` }));
    const answers = await Promise.all(burst.map((body) => from('203.0.113.7', body)));
    const counts = tally(answers);
    expect((counts[401] ?? 0) + (counts[200] ?? 0)).toBe(10);
    expect(counts[429]).toBe(20);
  });

  it('30 parallel wrong codes with the right password reach 429', async () => {
    const secret = await withSecondFactor(server, anna);
    const right = totpCode(secret, server.clock.now());
    const wrongCodes = Array.from({ length: 30 }, (_, n) => String((Number(right) + 1 + n * 7919) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(wrongCodes.map((totp) => from('203.0.113.8', { ...anna, totp })));
    expect(tally(answers)).toEqual({ 401: 10, 429: 20 });
    expect((await from('203.0.113.8', { ...anna, totp: right })).status).toBe(429);
  });

  it('two instances on one database count one burst together', async () => {
    const other = await startServer({ store: { dataDir: server.config.dataDir, databaseUrl: server.config.databaseUrl }, clock: server.clock, config: { trustProxy: true } });
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, (_, n) =>
        call(`${(n % 2 === 0 ? server : other).url}/api/login`, { body: { ...ben, password: `parallel guess ${n}` }, headers: { 'x-forwarded-for': '203.0.113.9' } })));
      expect(tally(answers)).toEqual({ 401: 10, 429: 30 });
    } finally {
      await other.close();
    }
  });

  it("a success still clears the account's counters", async () => {
    const limit = server.config.loginLimit.perAccount;
    await Promise.all(Array.from({ length: limit - 1 }, (_, n) => from('203.0.113.7', { ...ben, password: `guess ${n}` })));
    expect((await from('203.0.113.7', ben)).status).toBe(200);
    const again = await Promise.all(Array.from({ length: limit }, (_, n) => from('203.0.113.7', { ...ben, password: `guess again ${n}` })));
    expect(tally(again)).toEqual({ 401: limit });
  });
});

describe(`17.9 a locked account has a way back: its owner's device and the coordinator (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer({ config: { trustProxy: true } });
    await seed(server, [anna, ben]);
  });
  afterEach(() => server.close());

  const from = (address: string, body: object) => call<{ token?: string; device?: string }>(`${server.url}/api/login`, { body, headers: { 'x-forwarded-for': address } });

  /** 100 wrong passwords for Ben from 10 addresses: the account-wide lock. */
  async function lockBen(): Promise<void> {
    const addresses = Array.from({ length: 10 }, (_, n) => `192.0.2.${n + 1}`);
    for (const address of addresses) {
      await Promise.all(Array.from({ length: 10 }, (_, n) => from(address, { ...ben, password: `attack ${n}` })));
    }
    expect((await from('198.51.100.99', ben)).status).toBe(429);
  }

  it("the device Ben logged in with before still gets in; guessing on it stops at the device's own limit", async () => {
    const first = await from('198.51.100.20', ben);
    expect(first.status).toBe(200);
    const device = first.body.device!;
    expect(device.length).toBeGreaterThanOrEqual(43);
    await lockBen();

    // A new address without the device token is locked out; Ben's tablet, wherever it is, is not.
    const back = await from('198.51.100.77', { ...ben, device });
    expect(back.status).toBe(200);
    expect(back.body.device).toBe(device);

    // A made-up device token counts for nothing.
    expect((await from('198.51.100.78', { ...ben, device: 'made-up-device-token-0000000000000000000000' })).status).toBe(429);

    // Someone who took the tablet still has only the device's limit of guesses.
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, n) => from('198.51.100.77', { ...ben, password: `tablet guess ${n}`, device })));
    expect(tally(guesses)).toEqual({ 401: 10, 429: 2 });
  });

  it('the coordinator sees the lock in the accounts list and lifts it; a caseworker cannot', async () => {
    await lockBen();
    const coordinator = (await from('198.51.100.30', anna)).body.token!;
    const list = await call<{ accounts: { id: string; name: string; locked: boolean }[] }>(`${server.url}/api/accounts`, { token: coordinator });
    const bens = list.body.accounts.find((a) => a.name === 'ben')!;
    expect(bens.locked).toBe(true);
    expect(list.body.accounts.find((a) => a.name === 'anna')!.locked).toBe(false);

    const caseworker = (await seed(server, [{ county: 'boerde', name: 'carl', role: 'caseworker', password: 'Carl berät montags' }]), (await from('198.51.100.31', { county: 'boerde', name: 'carl', password: 'Carl berät montags' })).body.token!);
    expect((await call(`${server.url}/api/accounts/${bens.id}/unlock`, { method: 'POST', token: caseworker })).status).toBe(403);
    expect((await from('198.51.100.99', ben)).status).toBe(429);

    const unlocked = await call(`${server.url}/api/accounts/${bens.id}/unlock`, { method: 'POST', token: coordinator });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ name: 'ben', locked: false });
    expect((await from('198.51.100.99', ben)).status).toBe(200);
  });
});
