// A coordinator sets up a second factor in an authenticator app; from then on the login needs
// a current code, and a code works once.
import { totpCode } from '../../src/server/auth/totp';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';

describe(`second factor (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
    await seed(server, [anna, ben]);
  });
  afterEach(() => server.close());

  async function enrol(person: typeof anna): Promise<string> {
    const token = await tokenFor(server, person);
    const start = await call<{ secret: string; uri: string }>(`${server.url}/api/account/totp`, { token, body: { current: person.password } });
    expect(start.body.uri).toMatch(/^otpauth:\/\/totp\/Integrationskonzept:/);
    const wrong = await call(`${server.url}/api/account/totp/confirm`, { token, body: { code: '000000' } });
    expect(wrong.status).toBe(400);
    const confirmed = await call(`${server.url}/api/account/totp/confirm`, { token, body: { code: totpCode(start.body.secret, server.clock.now()) } });
    expect(confirmed.status).toBe(204);
    return start.body.secret;
  }

  it('the session says whether the account has a second factor', async () => {
    const session = async (token: string) => (await call<{ totp: boolean }>(`${server.url}/api/session`, { token })).body.totp;
    expect(await session(await tokenFor(server, anna))).toBe(false);
    const secret = await enrol(anna);
    server.clock.advance(30_000);
    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: { ...anna, totp: totpCode(secret, server.clock.now()) } })).body.token;
    expect(await session(token)).toBe(true);
  });

  it('after setting it up, a login needs a current code, and the same code does not work twice', async () => {
    const secret = await enrol(anna);
    server.clock.advance(30_000);

    const without = await call(`${server.url}/api/login`, { body: anna });
    expect(without.status).toBe(401);
    expect(without.body).toMatchObject({ error: 'totp_required' });

    const code = totpCode(secret, server.clock.now());
    const withCode = await call(`${server.url}/api/login`, { body: { ...anna, totp: code } });
    expect(withCode.status).toBe(200);

    const replay = await call(`${server.url}/api/login`, { body: { ...anna, totp: code } });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ error: 'totp_invalid' });

    const old = totpCode(secret, new Date(server.clock.now().getTime() - 5 * 60_000));
    expect((await call(`${server.url}/api/login`, { body: { ...anna, totp: old } })).status).toBe(401);

    server.clock.advance(30_000);
    expect((await call(`${server.url}/api/login`, { body: { ...anna, totp: totpCode(secret, server.clock.now()) } })).status).toBe(200);
  });

  it('a county can require a second factor for coordinators; caseworkers log in as before', async () => {
    const annas = await tokenFor(server, anna);
    const early = await call(`${server.url}/api/county`, { method: 'PATCH', token: annas, body: { requireTotp: true } });
    expect(early.body).toMatchObject({ error: 'totp_setup_required' });
    expect((await call(`${server.url}/api/county`, { token: annas })).body).toEqual({ requireTotp: false });

    const secret = await enrol(anna);
    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: { ...anna, totp: totpCode(secret, new Date(server.clock.now().getTime() + 30_000)) } })).body.token;
    expect((await call(`${server.url}/api/county`, { method: 'PATCH', token, body: { requireTotp: true } })).status).toBe(200);
    expect((await call(`${server.url}/api/county`, { token })).body).toEqual({ requireTotp: true });
    expect((await call(`${server.url}/api/county`, { token: await tokenFor(server, ben) })).status).toBe(403);

    await seed(server, [{ county: 'boerde', name: 'dora', role: 'coordinator', password: 'Dora koordiniert 2026' }]);
    const dora = await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'dora', password: 'Dora koordiniert 2026' } });
    expect(dora.status).toBe(403);
    expect(dora.body).toMatchObject({ error: 'totp_setup_required' });
    expect((await call(`${server.url}/api/login`, { body: ben })).status).toBe(200);
  });
});
