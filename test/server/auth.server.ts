// Logging in and out, token lifetimes and revocation, and the coordinator's account management.
import type { TestServer } from './harness';
import { anna, ben, carla, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';

const DAY = 24 * 60 * 60 * 1000;

describe(`accounts and sessions (${storeKind})`, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
    await seed(server, [anna, ben, carla]);
  });
  afterEach(() => server.close());

  it('a coordinator logs in, sees who is logged in, logs out, and the token stops working', async () => {
    const login = await call<{ token: string; role: string; expiresAt: string }>(`${server.url}/api/login`, { body: { county: 'boerde', name: 'Anna ', password: anna.password } });
    expect(login.status).toBe(200);
    expect(login.body.role).toBe('coordinator');
    expect(login.body.token.length).toBeGreaterThanOrEqual(43);
    expect(Date.parse(login.body.expiresAt)).toBe(server.clock.now().getTime() + server.config.sessionIdleMs);

    const me = await call(`${server.url}/api/session`, { token: login.body.token });
    expect(me.body).toEqual({ county: 'boerde', name: 'anna', role: 'coordinator', expiresAt: login.body.expiresAt, totp: false });

    expect((await call(`${server.url}/api/logout`, { method: 'POST', token: login.body.token })).status).toBe(204);
    const after = await call(`${server.url}/api/session`, { token: login.body.token });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: 'invalid_token' });
  });

  it('stores tokens only as hashes', async () => {
    const token = await tokenFor(server, ben);
    const rows = await server.store.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('an unknown name, an unknown county and a wrong password get the same answer', async () => {
    const answers = await Promise.all([
      call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'nobody', password: 'whatever it is' } }),
      call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'anna', password: 'not her password' } }),
      call(`${server.url}/api/login`, { body: { county: 'atlantis', name: 'anna', password: anna.password } }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(answers[0].body);
    }
    expect(answers[0].body).toEqual({ error: 'invalid_credentials', message: 'County, name or password is wrong.' });
  });

  it('issue 18.6 a disabled account hears it is disabled only with its right password; a wrong one gets the answer any guess gets', async () => {
    const annas = await tokenFor(server, anna);
    const benRow = await server.store.db.selectFrom('accounts').select('id').where('name', '=', 'ben').executeTakeFirstOrThrow();
    await call(`${server.url}/api/accounts/${benRow.id}`, { method: 'PATCH', token: annas, body: { disabled: true } });

    const right = await call(`${server.url}/api/login`, { body: ben });
    expect(right.status).toBe(403);
    expect(right.body).toEqual({ error: 'account_disabled', message: 'This account is disabled; ask the coordinator of your county to enable it.' });

    const guess = await call(`${server.url}/api/login`, { body: { ...ben, password: 'nicht sein Passwort' } });
    const nobody = await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'nobody', password: 'nicht sein Passwort' } });
    expect(guess.status).toBe(401);
    expect(guess.body).toEqual(nobody.body);

    const doc = await call<{ paths: Record<string, { post: { description: string } }> }>(`${server.url}/api/openapi.json`);
    expect(doc.body.paths['/api/login']?.post.description).toContain('account_disabled');
  });

  it('issue 18.6 the right password of a disabled account still counts against the login limits', async () => {
    const annas = await tokenFor(server, anna);
    const benRow = await server.store.db.selectFrom('accounts').select('id').where('name', '=', 'ben').executeTakeFirstOrThrow();
    await call(`${server.url}/api/accounts/${benRow.id}`, { method: 'PATCH', token: annas, body: { disabled: true } });
    for (let n = 0; n < server.config.loginLimit.perAccount; n += 1) await call(`${server.url}/api/login`, { body: ben });
    expect((await call(`${server.url}/api/login`, { body: ben })).status).toBe(429);
  });

  it('a session ends after the idle lifetime without requests, and after the absolute lifetime in any case', async () => {
    const idle = await tokenFor(server, ben);
    server.clock.advance(server.config.sessionIdleMs - 1000);
    expect((await call(`${server.url}/api/session`, { token: idle })).status).toBe(200);
    server.clock.advance(server.config.sessionIdleMs + 1000);
    expect((await call(`${server.url}/api/session`, { token: idle })).status).toBe(401);

    const busy = await tokenFor(server, ben);
    let used = 0;
    while (used + DAY < server.config.sessionAbsoluteMs) {
      server.clock.advance(DAY);
      used += DAY;
      expect((await call(`${server.url}/api/session`, { token: busy })).status).toBe(200);
    }
    server.clock.advance(server.config.sessionAbsoluteMs - used);
    expect((await call(`${server.url}/api/session`, { token: busy })).status).toBe(401);
  });

  it('disabling an account ends its sessions and refuses its logins; enabling it lets it in again', async () => {
    const bens = await tokenFor(server, ben);
    const annas = await tokenFor(server, anna);
    const list = await call<{ accounts: { id: string; name: string }[] }>(`${server.url}/api/accounts`, { token: annas });
    const benId = list.body.accounts.find((a) => a.name === 'ben')!.id;

    const disabled = await call(`${server.url}/api/accounts/${benId}`, { method: 'PATCH', token: annas, body: { disabled: true } });
    expect(disabled.body).toMatchObject({ name: 'ben', disabled: true });
    expect((await call(`${server.url}/api/session`, { token: bens })).status).toBe(401);
    expect((await call(`${server.url}/api/login`, { body: ben })).status).toBe(403);

    await call(`${server.url}/api/accounts/${benId}`, { method: 'PATCH', token: annas, body: { disabled: false } });
    expect((await call(`${server.url}/api/login`, { body: ben })).status).toBe(200);
  });

  it('changing the password ends the other sessions but keeps the one that changed it', async () => {
    const tablet = await tokenFor(server, ben);
    const laptop = await tokenFor(server, ben);
    const changed = await call(`${server.url}/api/account/password`, { token: laptop, body: { current: ben.password, password: 'Sprechstunde ab neun' } });
    expect(changed.status).toBe(204);
    expect((await call(`${server.url}/api/session`, { token: laptop })).status).toBe(200);
    expect((await call(`${server.url}/api/session`, { token: tablet })).status).toBe(401);
    expect((await call(`${server.url}/api/login`, { body: { ...ben, password: 'Sprechstunde ab neun' } })).status).toBe(200);
  });

  it('a password reset by the coordinator ends all sessions of that account', async () => {
    const bens = await tokenFor(server, ben);
    const annas = await tokenFor(server, anna);
    const { body } = await call<{ accounts: { id: string; name: string }[] }>(`${server.url}/api/accounts`, { token: annas });
    const benId = body.accounts.find((a) => a.name === 'ben')!.id;
    expect((await call(`${server.url}/api/accounts/${benId}`, { method: 'PATCH', token: annas, body: { password: 'Neues Passwort für Ben' } })).status).toBe(200);
    expect((await call(`${server.url}/api/session`, { token: bens })).status).toBe(401);
  });

  it('refuses short and common passwords and accepts long ones with any characters', async () => {
    const annas = await tokenFor(server, anna);
    const add = (password: string) => call(`${server.url}/api/accounts`, { token: annas, body: { name: `p${password.length}`, role: 'caseworker', password } });
    expect((await add('kurz')).body).toMatchObject({ error: 'weak_password', reason: 'too_short' });
    expect((await add('password1')).body).toMatchObject({ error: 'weak_password', reason: 'too_common' });
    expect((await add('Passwort123')).body).toMatchObject({ error: 'weak_password', reason: 'too_common' });
    expect((await add('ä'.repeat(129))).body).toMatchObject({ error: 'weak_password', reason: 'too_long' });
    const long = await add('🙂 ein langer Satz ohne Regeln, aber mit Leerzeichen und Ümlauten – 64+ Zeichen sind erlaubt');
    expect(long.status).toBe(201);
    expect(long.body).toMatchObject({ role: 'caseworker', disabled: false, totp: false });
  });

  it('a caseworker cannot see or manage accounts', async () => {
    const bens = await tokenFor(server, ben);
    expect((await call(`${server.url}/api/accounts`, { token: bens })).body).toMatchObject({ error: 'forbidden' });
    const add = await call(`${server.url}/api/accounts`, { token: bens, body: { name: 'eve', role: 'coordinator', password: 'Ich bin jetzt Chefin' } });
    expect(add.status).toBe(403);
    expect(await server.store.db.selectFrom('accounts').select('name').where('name', '=', 'eve').executeTakeFirst()).toBeUndefined();
  });

  it("a coordinator of one county finds no account of another, whatever id the request names", async () => {
    const carlas = await tokenFor(server, carla);
    const bensRow = await server.store.db.selectFrom('accounts').select('id').where('name', '=', 'ben').executeTakeFirstOrThrow();
    const list = await call<{ accounts: { name: string }[] }>(`${server.url}/api/accounts`, { token: carlas });
    expect(list.body.accounts.map((a) => a.name)).toEqual(['carla']);
    const change = await call(`${server.url}/api/accounts/${bensRow.id}`, { method: 'PATCH', token: carlas, body: { disabled: true, password: 'Übernahme aus dem Harz' } });
    expect(change.status).toBe(404);
    expect((await call(`${server.url}/api/login`, { body: ben })).status).toBe(200);
  });

  it('refuses requests without a token, with a malformed header or with a made-up token', async () => {
    const none = await call(`${server.url}/api/session`);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: 'missing_token' });
    expect((await call(`${server.url}/api/session`, { headers: { authorization: 'Basic YW5uYTp4' } })).body).toMatchObject({ error: 'missing_token' });
    expect((await call(`${server.url}/api/session`, { token: 'made-up-token' })).body).toMatchObject({ error: 'invalid_token' });
  });
});
