// The operator reads what happened to the county's accounts from the log (issue 17, item 4):
// each security event is one JSON line with who, what and from where, and no line of the whole
// log, request lines included, holds a password, token, code or secret.
import { Writable } from 'node:stream';
import { totpCode } from '../../src/server/auth/totp';
import { loggerOptions } from '../../src/server/build-app';
import { countyRecords, writeOrder } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind } from './harness';
import { call } from './http';
import { Device } from './sync-device';

type Line = Record<string, unknown> & { security?: boolean; event?: string };

describe(`17.4 security events are logged as JSON lines without secrets (${storeKind})`, () => {
  let server: TestServer;
  let text = '';
  const lines = () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
  const events = (event: string) => lines().filter((line) => line.security === true && line.event === event);

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    server = await startServer({ config: { trustProxy: true }, logger: { ...loggerOptions('info'), stream: sink } });
    await seed(server, [anna, ben]);
  });
  afterAll(() => server.close());

  it('failed and locked logins, refusals, changes of passwords, factors, accounts and settings, restores and resolutions; nothing secret', async () => {
    const url = (path: string) => `${server.url}${path}`;
    const from = (address: string, body: object) => call<{ token: string; device: string }>(url('/api/login'), { body, headers: { 'x-forwarded-for': address } });
    const secrets: string[] = [anna.password, ben.password];

    // Failed logins, then the lock.
    for (let n = 0; n < server.config.loginLimit.perAccount; n += 1) {
      const guess = `Rate mal Nummer ${n}`;
      secrets.push(guess);
      await from('203.0.113.7', { ...ben, password: guess });
    }
    await from('203.0.113.7', ben);

    const annaLogin = (await from('198.51.100.1', anna)).body;
    const benLogin = (await from('198.51.100.2', ben)).body;
    secrets.push(annaLogin.token, annaLogin.device, benLogin.token, benLogin.device);

    // A refusal: the caseworker asks for the accounts.
    await call(url('/api/accounts'), { token: benLogin.token, headers: { 'x-forwarded-for': '198.51.100.2' } });

    // Password, second factor, account and county changes.
    const newPassword = 'Sprachcafé dienstags 2027';
    secrets.push(newPassword);
    await call(url('/api/account/password'), { token: benLogin.token, body: { current: ben.password, password: newPassword } });
    const enrolment = await call<{ secret: string; uri: string }>(url('/api/account/totp'), { token: annaLogin.token, body: { current: anna.password } });
    const code = totpCode(enrolment.body.secret, server.clock.now());
    secrets.push(enrolment.body.secret, enrolment.body.uri, code);
    await call(url('/api/account/totp/confirm'), { token: annaLogin.token, body: { code } });
    const added = await call<{ id: string }>(url('/api/accounts'), { token: annaLogin.token, body: { name: 'carl', role: 'caseworker', password: 'Carl berät montags' } });
    secrets.push('Carl berät montags');
    await call(url(`/api/accounts/${added.body.id}`), { method: 'PATCH', token: annaLogin.token, body: { disabled: true } });
    await call(url('/api/county'), { method: 'PATCH', token: annaLogin.token, body: { requireTotp: true } });

    // A restore and a conflict resolution.
    const county = countyRecords();
    const office = new Device(server.url, annaLogin.token);
    const laptop = new Device(server.url, annaLogin.token);
    await office.sync(writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record }))));
    await laptop.sync();
    const measure = county.measures[0]!;
    await office.sync([office.edit('measures', measure.id, { title: 'Im Büro' })]);
    const conflict = (await laptop.sync([laptop.edit('measures', measure.id, { title: 'Unterwegs' })])).body.conflicts[0]!;
    await call(url(`/api/conflicts/${conflict.id}/resolve`), { token: annaLogin.token, body: { action: 'dismiss' } });
    await call(url(`/api/records/measures/${measure.id}/restore`), { token: annaLogin.token, body: { revision: 1, path: ['title'] } });

    expect(events('login_failed')).toHaveLength(server.config.loginLimit.perAccount);
    expect(events('login_failed')[0]).toMatchObject({ county: 'boerde', name: 'ben', address: '203.0.113.7', reason: 'wrong_password', level: 40 });
    expect(events('login_locked')[0]).toMatchObject({ county: 'boerde', name: 'ben', address: '203.0.113.7' });
    expect(events('forbidden')[0]).toMatchObject({ county: 'boerde', name: 'ben', address: '198.51.100.2', method: 'GET', route: '/api/accounts', reason: 'forbidden' });
    expect(events('password_changed')[0]).toMatchObject({ county: 'boerde', name: 'ben', by: 'ben' });
    expect(events('second_factor_changed')[0]).toMatchObject({ county: 'boerde', name: 'anna', by: 'anna', action: 'set_up' });
    expect(events('account_added')[0]).toMatchObject({ county: 'boerde', name: 'carl', role: 'caseworker', by: 'anna' });
    expect(events('account_changed')[0]).toMatchObject({ county: 'boerde', name: 'carl', by: 'anna', disabled: true });
    expect(events('county_settings_changed')[0]).toMatchObject({ county: 'boerde', by: 'anna', requireTotp: true });
    expect(events('conflict_resolved')[0]).toMatchObject({ county: 'boerde', by: 'anna', conflict: conflict.id, action: 'dismiss' });
    expect(events('record_restored')[0]).toMatchObject({ county: 'boerde', by: 'anna', kind: 'measures', id: measure.id, revision: 1, path: ['title'] });

    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
