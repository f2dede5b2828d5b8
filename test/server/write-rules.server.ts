// The core's rulebook on the server (src/core/rulebook/judge.ts, asked by applyWrites): what the
// app's forms refuse, a hand-made API request cannot store either. A caseworker enters this
// year's value of an indicator twice, a value for next year, and a progress note dated ahead;
// the coordinator dates a need ahead. Tombstones are asked too, and the records of one request
// are judged against each other.
import { makeMeasurement, makeOffer, makeProvider } from '../factories';
import type { County } from './county-records';
import { countyRecords, storeCounty } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, storeKind, tokenFor } from './harness';
import { call } from './http';
import { Device } from './sync-device';

describe(`the core's write rules on the server (${storeKind})`, () => {
  let server: TestServer;
  let token: string;
  let county: County;

  beforeAll(async () => {
    server = await startServer();
    await seed(server, [anna, ben]);
    county = countyRecords();
    await storeCounty(server.url, await tokenFor(server, anna), county);
    token = await tokenFor(server, ben);
  });
  afterAll(() => server.close());

  const put = (kind: string, record: { id: string } & Record<string, unknown>) => call(`${server.url}/api/records/${kind}/${record.id}`, { method: 'PUT', token, body: record });

  it('a second value for the same period and place is refused; the first stays', async () => {
    const indicatorId = county.indicators[0]!.id;
    expect((await put('measurements', makeMeasurement({ indicatorId, period: '2021', municipalityId: null }))).status).toBe(200);
    const twice = await put('measurements', makeMeasurement({ indicatorId, period: '2021', municipalityId: null }));
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ error: 'invalid_record', problems: [{ path: 'period', code: 'duplicate_measurement' }] });
  });

  it('a value for a period that has not begun, or outside the unit\'s range, is refused', async () => {
    const indicatorId = county.indicators[0]!.id;
    const future = await put('measurements', makeMeasurement({ indicatorId, period: '2099', municipalityId: null }));
    expect(future.body).toMatchObject({ error: 'invalid_record', problems: [{ path: 'period', code: 'future_period' }] });
    const negative = await put('measurements', makeMeasurement({ indicatorId, period: '2020', value: -5, municipalityId: null }));
    expect(negative.status).toBe(400);
    expect(negative.body).toMatchObject({ error: 'invalid_record', problems: [{ path: 'value' }] });
  });

  it('a progress note dated after today is refused', async () => {
    const measure = county.measures[0]!;
    const note = { id: crypto.randomUUID(), date: '2099-01-01', text: 'Noch nicht geschehen', author: 'ben' };
    const answer = await put('measures', { ...measure, progressNotes: [...measure.progressNotes, note] });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'invalid_record', problems: [{ code: 'future_date' }] });
  });

  it('a need found after today is refused, and the stored need stays as it was', async () => {
    const need = county.needs[0]!;
    const coordinator = await tokenFor(server, anna);
    const ahead = await call(`${server.url}/api/records/needs/${need.id}`, { method: 'PUT', token: coordinator, body: { ...need, identifiedOn: '2099-01-01' } });
    expect(ahead.status).toBe(400);
    expect(ahead.body).toMatchObject({ error: 'invalid_record', problems: [{ path: 'identifiedOn', code: 'future_date' }] });
    const stored = await call(`${server.url}/api/records/needs/${need.id}`, { token: coordinator });
    expect(stored.body).toMatchObject({ record: { identifiedOn: need.identifiedOn } });
  });

  it('a tombstone is asked too: a caseworker takes a referral count back, but not with a changed month', async () => {
    const device = new Device(server.url, token);
    await device.sync();
    const referral = county.referrals[0]!;
    const changed = await device.sync([device.edit('referrals', referral.id, { deleted: true, month: '2020-01' })]);
    expect(changed.status).toBe(403);
    expect(changed.body).toMatchObject({ error: 'forbidden', kind: 'referrals', operation: 'update' });
    const taken = await device.sync([device.edit('referrals', referral.id, { deleted: true })]);
    expect(taken.status).toBe(200);
  });

  it('records of one request may refer to each other, in any order: an offer before its new provider', async () => {
    const coordinator = await tokenFor(server, anna);
    const provider = makeProvider({ fieldIds: [] });
    const offer = makeOffer({ providerId: provider.id, fieldIds: [], locationIds: [], municipalityIds: [] });
    const answer = await call(`${server.url}/api/writes`, { token: coordinator, body: { changes: [
      { op: 'put', kind: 'offers', id: offer.id, record: offer },
      { op: 'put', kind: 'providers', id: provider.id, record: provider },
    ] } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  });
});
