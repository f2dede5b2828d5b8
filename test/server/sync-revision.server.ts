// GET /api/sync/revision over real HTTP: a device that is open and online polls it every few
// seconds, so it answers the county's revision and nothing more, and a 304 while nothing moved.
import type { StartedCounty } from './sync-device';
import { startedCounty } from './sync-device';
import { carla, seed, storeKind, tokenFor } from './harness';
import { call } from './http';

describe(`the county's revision for polling devices (${storeKind})`, () => {
  let started: StartedCounty;
  beforeEach(async () => {
    started = await startedCounty();
  });
  afterEach(() => started.server.close());

  const revision = (token: string | undefined, headers: Record<string, string> = {}) => call<{ revision?: number; error?: string }>(`${started.server.url}/api/sync/revision`, { token, headers });

  it('answers the revision the county reached, with an ETag; the same tag again gets an empty 304', async () => {
    const first = await revision(started.benToken);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ revision: started.office.since });
    const tag = first.headers.get('etag');
    expect(tag).toBe(`"r${started.office.since}"`);
    expect(first.headers.get('cache-control')).toBe('no-store');

    const again = await revision(started.benToken, { 'if-none-match': tag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
  });

  it('moves when another device syncs a change, so the poller learns of it at once', async () => {
    const before = await revision(started.benToken);
    const measure = started.county.measures[0]!;
    const sent = await started.office.sync([started.office.edit('measures', measure.id, { status: 'paused' })]);
    expect(sent.status).toBe(200);

    const after = await revision(started.benToken, { 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.body.revision).toBe(sent.body.revision);
    expect(after.body.revision).toBeGreaterThan(before.body.revision!);
  });

  it('needs a token, and answers only the caller\'s own county', async () => {
    const anonymous = await revision(undefined);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('missing_token');

    await seed(started.server, [carla]);
    const other = await revision(await tokenFor(started.server, carla));
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ revision: 0 });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await call<{ paths: Record<string, { get?: { responses: Record<string, unknown> } }> }>(`${started.server.url}/api/openapi.json`);
    expect(Object.keys(doc.body.paths['/api/sync/revision']?.get?.responses ?? {})).toEqual(expect.arrayContaining(['200', '304', '401']));
  });
});
