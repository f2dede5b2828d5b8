// A token alone does not change how an account logs in (issue 17, items 2 and 6): replacing the
// second factor and switching off the county's requirement ask for the current password and
// code, guesses of the current password are limited like logins, and sessions end when a
// county starts requiring a second factor for an account without one.
import { totpCode } from '../../src/server/auth/totp';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';

const dora = { county: 'boerde', name: 'dora', role: 'coordinator', password: 'Dora koordiniert 2026' } as const;

describe(`17.2 replacing the second factor and switching off the requirement need the password and code (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer({ config: { trustProxy: true } });
    await seed(server, [anna, ben, dora]);
  });
  afterEach(() => server.close());

  const url = (path: string) => `${server.url}${path}`;

  /** Sets up Anna's second factor over HTTP; answers its secret, the clock moved past the code used. */
  async function annaWithFactor(token: string): Promise<string> {
    const start = await call<{ secret: string }>(url('/api/account/totp'), { token, body: { current: anna.password } });
    expect(start.status).toBe(200);
    expect((await call(url('/api/account/totp/confirm'), { token, body: { code: totpCode(start.body.secret, server.clock.now()) } })).status).toBe(204);
    server.clock.advance(30_000);
    return start.body.secret;
  }

  it('a token alone cannot set up a second factor, nor replace one: the password, then the current code are asked for', async () => {
    const token = await tokenFor(server, anna);
    const bare = await call(url('/api/account/totp'), { method: 'POST', token });
    expect(bare.status, JSON.stringify(bare.body)).toBe(403);
    expect(bare.body).toMatchObject({ error: 'password_required' });
    expect((await call(url('/api/account/totp'), { token, body: { current: 'not her password' } })).body).toMatchObject({ error: 'wrong_password' });

    const secret = await annaWithFactor(token);
    const stored = async () => (await server.store.db.selectFrom('accounts').select('totp_secret').where('name', '=', 'anna').executeTakeFirstOrThrow()).totp_secret;
    const before = await stored();

    expect((await call(url('/api/account/totp'), { token, body: { current: anna.password } })).body).toMatchObject({ error: 'totp_required' });
    expect((await call(url('/api/account/totp'), { token, body: { current: anna.password, totp: '000000' } })).body).toMatchObject({ error: 'totp_invalid' });
    expect((await call(url('/api/account/totp'), { token, body: { current: 'not her password', totp: totpCode(secret, server.clock.now()) } })).body).toMatchObject({ error: 'wrong_password' });
    // Nothing of the refused attempts changed the factor: the old code still logs in.
    expect(await stored()).toBe(before);

    const replaced = await call<{ secret: string }>(url('/api/account/totp'), { token, body: { current: anna.password, totp: totpCode(secret, server.clock.now()) } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.secret).not.toBe(secret);
  });

  it("switching off the county's requirement needs the current password and code; switching it on does not", async () => {
    const token = await tokenFor(server, anna);
    const secret = await annaWithFactor(token);
    const login = await call<{ token: string }>(url('/api/login'), { body: { ...anna, totp: totpCode(secret, server.clock.now()) } });
    const annas = login.body.token;
    server.clock.advance(30_000);
    expect((await call(url('/api/county'), { method: 'PATCH', token: annas, body: { requireTotp: true } })).status).toBe(200);

    const bare = await call(url('/api/county'), { method: 'PATCH', token: annas, body: { requireTotp: false } });
    expect(bare.status).toBe(403);
    expect(bare.body).toMatchObject({ error: 'password_required' });
    expect((await call(url('/api/county'), { method: 'PATCH', token: annas, body: { requireTotp: false, current: anna.password } })).body).toMatchObject({ error: 'totp_required' });
    expect((await call(url('/api/county'), { method: 'PATCH', token: annas, body: { requireTotp: false, current: 'geraten', totp: totpCode(secret, server.clock.now()) } })).body).toMatchObject({ error: 'wrong_password' });
    expect((await call(url('/api/county'), { token: annas })).body).toEqual({ requireTotp: true });

    const off = await call(url('/api/county'), { method: 'PATCH', token: annas, body: { requireTotp: false, current: anna.password, totp: totpCode(secret, server.clock.now()) } });
    expect(off.status).toBe(200);
    expect((await call(url('/api/county'), { token: annas })).body).toEqual({ requireTotp: false });
  });

  it('guesses of the current password on the password route are limited like logins, and share their count', async () => {
    const token = await tokenFor(server, ben);
    const guesses = await Promise.all(Array.from({ length: 15 }, (_, n) =>
      call(url('/api/account/password'), { token, body: { current: `guess ${n}`, password: 'Neue Woche, neues Glück' }, headers: { 'x-forwarded-for': '203.0.113.5' } })));
    const statuses = guesses.map((g) => g.status).sort();
    expect(statuses.filter((s) => s === 403)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const refused = guesses.find((g) => g.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The right password from that address is refused too, and so is a login from it.
    expect((await call(url('/api/account/password'), { token, body: { current: ben.password, password: 'Neue Woche, neues Glück' }, headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(429);
    expect((await call(url('/api/login'), { body: ben, headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(429);
  });
});

describe(`17.6 sessions end when a county starts requiring a second factor for an account without one (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
    await seed(server, [anna, ben, dora]);
  });
  afterEach(() => server.close());

  it("requiring it ends the sessions of coordinators without one; caseworkers' and the requiring coordinator's stay", async () => {
    const annas = await tokenFor(server, anna);
    const start = await call<{ secret: string }>(`${server.url}/api/account/totp`, { token: annas, body: { current: anna.password } });
    await call(`${server.url}/api/account/totp/confirm`, { token: annas, body: { code: totpCode(start.body.secret, server.clock.now()) } });
    const doras = await tokenFor(server, dora);
    const bens = await tokenFor(server, ben);

    expect((await call(`${server.url}/api/county`, { method: 'PATCH', token: annas, body: { requireTotp: true } })).status).toBe(200);
    expect((await call(`${server.url}/api/session`, { token: doras })).status).toBe(401);
    expect((await call(`${server.url}/api/session`, { token: bens })).status).toBe(200);
    expect((await call(`${server.url}/api/session`, { token: annas })).status).toBe(200);
  });
});
