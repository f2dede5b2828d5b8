// New passwords are judged by a strength estimator with German dictionaries, not a list alone
// (issue 17, item 7); account names read as they are stored, with no invisible characters and
// no look-alikes beside an existing name (item 8).
import type { TestServer } from './harness';
import { anna, ben, carla, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';

describe(`17.7 and 17.8 passwords and account names (${storeKind})`, () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startServer();
    await seed(server, [anna, { county: 'boerde', name: 'koord', role: 'coordinator', password: 'Koordination im Kreishaus' }]);
    token = await tokenFor(server, anna);
  });
  afterAll(() => server.close());

  let made = 0;
  const add = (name: string, password = 'Sprachkurs im Gemeindehaus') => call(`${server.url}/api/accounts`, { token, body: { name, role: 'caseworker', password } });
  const withPassword = (password: string) => add(`person${(made += 1)}`, password);

  it('17.7 refuses aaaaaaaa, eight spaces, qwertz123, Passw0rd! and Sommer2026!, with a reason and a hint the app can word', async () => {
    const refusals = await Promise.all(['aaaaaaaa', '        ', 'qwertz123', 'Passw0rd!', 'Sommer2026!'].map(withPassword));
    for (const refusal of refusals) {
      expect(refusal.status).toBe(400);
      expect(refusal.body).toMatchObject({ error: 'weak_password', reason: expect.stringMatching(/^too_(weak|common)$/) as string });
    }
    expect(refusals.map((r) => r.body.hint)).toEqual(['simpleRepeat', 'simpleRepeat', 'straightRow', 'similarToCommon', 'commonNames']);
    expect(await server.store.db.selectFrom('accounts').select('name').where('name', 'like', 'person%').execute()).toEqual([]);
  });

  it("17.7 accepts the README's and the tests' passphrases, and still refuses the account's own name", async () => {
    for (const password of [anna.password, ben.password, carla.password, 'Sprachcafé dienstags 2027', 'Neue Woche, neues Glück']) {
      expect((await withPassword(password)).status, password).toBe(201);
    }
    expect((await add('Willkommen im Team', 'Willkommen im Team')).body).toMatchObject({ error: 'weak_password' });
  });

  it('17.8 refuses an invisible character, a bidi control and mixed scripts, and a name that reads like an existing one', async () => {
    const attempts = {
      zeroWidth: 'koord\u200b',
      bidi: '\u202ekoord',
      softHyphen: 'ko\u00adord',
      noBreakSpace: 'ko\u00a0ord',
      mixedCyrillic: 'k\u043e\u043erd',
      allCyrillicLookAlike: '\u043a\u043e\u043e\u0433\u0501',
    };
    const refused = Object.fromEntries(await Promise.all(Object.entries(attempts).map(async ([k, name]) => [k, await add(name)] as const)));
    expect(Object.fromEntries(Object.entries(refused).map(([k, a]) => [k, [a.status, a.body.error, a.body.reason]]))).toEqual({
      zeroWidth: [400, 'invalid_name', 'invisible'],
      bidi: [400, 'invalid_name', 'invisible'],
      softHyphen: [400, 'invalid_name', 'invisible'],
      noBreakSpace: [400, 'invalid_name', 'invisible'],
      mixedCyrillic: [400, 'invalid_name', 'mixed_scripts'],
      allCyrillicLookAlike: [409, 'name_taken', 'looks_like'],
    });
    const names = (await server.store.db.selectFrom('accounts').select('name').where('county', '=', 'boerde').execute()).map((r) => r.name);
    for (const name of Object.values(attempts)) expect(names).not.toContain(name.normalize('NFC').trim().toLowerCase());
  });

  it('17.8 names are NFC: a decomposed é is the same name, at add and at login', async () => {
    expect((await add('Jos\u00e9')).status).toBe(201);
    expect((await add('jose\u0301')).body).toMatchObject({ error: 'name_taken' });
    const login = await call(`${server.url}/api/login`, { body: { county: 'boerde', name: ' JOSE\u0301', password: 'Sprachkurs im Gemeindehaus' } });
    expect(login.status).toBe(200);
    // One script throughout is fine, whichever it is.
    expect((await add('\u0438\u0432\u0430\u043d')).status).toBe(201);
  });

  it('17.8 a look-alike of a name logs in to nothing', async () => {
    const login = await call(`${server.url}/api/login`, { body: { county: 'boerde', name: 'koord\u200b', password: 'Koordination im Kreishaus' } });
    expect(login.status).toBe(401);
  });
});
