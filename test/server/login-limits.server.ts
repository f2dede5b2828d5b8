// Someone guesses passwords: the guessing stops after a few tries, the person whose account it
// is can still log in from their own device, and no lock outlasts its window.
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
