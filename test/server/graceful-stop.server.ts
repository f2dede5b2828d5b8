// SIGTERM while a county's large answers are on their way (issue 17, item 3): a restart or a
// deployment must not hand a tablet half a county. Every answer begun arrives whole; new
// connections are refused (a load balancer tries the other instance), a request on a
// connection that was already open gets 503 shutting_down; and a client that stops reading
// cannot hold the process beyond the grace period.
import http from 'node:http';
import type { SyncAnswer } from '../../src/core/merge/protocol';
import { addAccount } from '../../src/server/accounts/accounts';
import type { StoreOptions } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import { bigCounty } from './big-county';
import { outputContains, spawnServer } from './child-server';
import { anna, freshStoreOptions, startServer, storeKind, testHashing, tokenFor } from './harness';
import { call } from './http';
import { postSync, syncBody } from './sync-device';

const COUNTY_SIZE = 10_000;

/** A download that has begun (its headers arrived) and is held unread until `read()`. */
type Download = { begun: Promise<http.IncomingMessage>; read: () => Promise<string> };

function download(url: string, token: string, body?: unknown): Download {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const request = http.request(url, {
    method: payload === undefined ? 'GET' : 'POST',
    agent: false,
    headers: { authorization: `Bearer ${token}`, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
  });
  const begun = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', (response) => {
      response.pause();
      resolve(response);
    });
    request.once('error', reject);
  });
  request.end(payload);
  const read = async () => {
    const response = await begun;
    return new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      const cutOff = () => reject(new Error(`cut off after ${Buffer.concat(chunks).length} bytes`));
      response.once('error', cutOff);
      response.once('close', () => (response.complete ? resolve(Buffer.concat(chunks).toString()) : cutOff()));
      response.resume();
    });
  };
  return { begun, read };
}

/** One request on a connection of its own; resolves with the error when the connection is refused. */
function newConnection(url: string): Promise<{ status: number } | Error> {
  return new Promise((resolve) => {
    http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0 });
    }).once('error', resolve);
  });
}

/** A request on the connection the agent keeps open; the status, Connection header and body. */
function onOpenConnection(url: string, agent: http.Agent): Promise<{ status: number; connection: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: JSON.parse(text) as unknown }));
    }).once('error', reject);
  });
}

// Spawned servers start Node with tsx, and the county is 8 MB: seconds each on a busy machine.
describe(`stopping with a county's answers in flight (${storeKind})`, { timeout: 120_000 }, () => {
  let store: StoreOptions;

  beforeAll(async () => {
    store = await freshStoreOptions();
    const opened = await openStore(store);
    await opened.transaction((trx) => addAccount(trx, anna, testHashing, new Date(), true));
    await opened.close();
    const server = await startServer({ store });
    const upload = await postSync(server.url, await tokenFor(server, anna), syncBody(0, bigCounty(COUNTY_SIZE)));
    await server.close();
    expect(upload.status).toBe(200);
  }, 120_000);

  it('3: SIGTERM while four county downloads are on their way: each arrives whole and parses, new connections are refused, a request on an open connection gets 503 shutting_down, and the process exits cleanly', async () => {
    const server = await spawnServer(store);
    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: anna })).body.token;
    const kept = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect((await onOpenConnection(`${server.url}/api/health`, kept)).status).toBe(200);

    // Two first syncs of the whole county (about 8 MB each) and two of its lists, held unread.
    const downloads = [
      download(`${server.url}/api/sync`, token, syncBody(0, [])),
      download(`${server.url}/api/sync`, token, syncBody(0, [])),
      download(`${server.url}/api/records/goals`, token),
      download(`${server.url}/api/records/measures`, token),
    ];
    const begun = await Promise.all(downloads.map((d) => d.begun));
    expect(begun.map((response) => response.statusCode)).toEqual([200, 200, 200, 200]);

    server.child.kill('SIGTERM');
    await outputContains(server, 'shutting down');
    expect(await newConnection(`${server.url}/api/health`)).toMatchObject({ code: 'ECONNREFUSED' });
    const refused = await onOpenConnection(`${server.url}/api/health`, kept);
    expect(refused).toMatchObject({ status: 503, connection: 'close', body: { error: 'shutting_down', message: expect.any(String) as unknown } });

    const [sync1, sync2, goals, measures] = await Promise.all(downloads.map((d) => d.read()));
    for (const text of [sync1!, sync2!]) {
      const answer = JSON.parse(text) as SyncAnswer;
      expect(Object.values(answer.changes.records).reduce((sum, records) => sum + records.length, 0)).toBeGreaterThanOrEqual(COUNTY_SIZE);
    }
    expect((JSON.parse(goals!) as { records: unknown[] }).records.length).toBeGreaterThan(COUNTY_SIZE / 4);
    expect((JSON.parse(measures!) as { records: unknown[] }).records.length).toBeGreaterThan(COUNTY_SIZE / 4);

    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('database closed');
    expect(server.output()).not.toContain('grace period over');
    kept.destroy();
  });

  it('3: a client that stops reading cannot hold the stop: after the grace period its answer is cut off and the process exits', async () => {
    const server = await spawnServer(store, { SHUTDOWN_GRACE_MS: '500' });
    const token = (await call<{ token: string }>(`${server.url}/api/login`, { body: anna })).body.token;
    const stalled = download(`${server.url}/api/sync`, token, syncBody(0, []));
    expect((await stalled.begun).statusCode).toBe(200);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"cut":1,.*grace period over/);
    await expect(stalled.read()).rejects.toThrow('cut off');
  });
});
