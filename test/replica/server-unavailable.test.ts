// A county server that answers 503 (its database is unavailable, or it is stopping) is not
// broken: the tablet treats it as it treats no connection (issue 17, item 4). The change
// waits, the status says it waits rather than asking for attention, and the next sync sends
// the same request again. A 500 stays a fault of the server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pendingCount } from '../../src/db/outbox';
import { update } from '../../src/db/repository';
import type { Clock } from '../../src/replica/build-attempt';
import { ServerError, serverRequest, setServerBase } from '../../src/replica/server-api';
import { syncNow } from '../../src/replica/sync-engine';
import { isSyncRunning } from '../../src/replica/sync-running';
import { readSyncSummary } from '../../src/replica/sync-status';
import { freshDatabase, makeLinkedRecords } from '../factories';
import { logInAs, ScriptedCounty } from './scripted-county';

let county: ScriptedCounty;
let ids = 0;
const clock: Clock = { now: () => new Date().toISOString(), newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` };

beforeEach(async () => {
  freshDatabase();
  county = await new ScriptedCounty().start();
});
afterEach(async () => {
  await vi.waitFor(() => expect(isSyncRunning()).toBe(false), { timeout: 10_000 });
  await county.close();
});

async function tabletWithAChange() {
  const records = makeLinkedRecords();
  county.storeAll(records);
  await logInAs('ben', 'caseworker');
  expect(await syncNow(clock)).toMatchObject({ status: 'done' });
  const measure = records.measures[0]!;
  await update('measures', measure.id, { status: 'paused' });
  return measure;
}

test('4: the server\'s database is unavailable (503 storage_unavailable): the change waits as if offline, and the next sync sends the same request', async () => {
  const measure = await tabletWithAChange();
  county.next({ refuse: 503, body: { error: 'storage_unavailable', message: 'The database is not available at the moment; nothing of the request was stored. Try again later.' } });

  expect(await syncNow(clock)).toEqual({ status: 'problem', problem: 'offline' });
  expect(await pendingCount()).toBe(1);
  expect(await readSyncSummary()).toMatchObject({ outcome: { ok: false, problem: 'offline' } });
  const refused = county.requests.at(-1)!;

  expect(await syncNow(clock)).toMatchObject({ status: 'done', sent: 1 });
  expect(county.requests.filter((request) => request.syncId === refused.syncId)).toHaveLength(2);
  expect(county.get('measures', measure.id)).toMatchObject({ status: 'paused' });
  expect(await pendingCount()).toBe(0);
});

test('4: a server that is stopping (503 shutting_down) is tried again later too', async () => {
  await tabletWithAChange();
  county.next({ refuse: 503, body: { error: 'shutting_down', message: 'The server is stopping.' } });
  expect(await syncNow(clock)).toEqual({ status: 'problem', problem: 'offline' });
  expect(await pendingCount()).toBe(1);
});

test('4: a 500 is still a fault of the server, named as such', async () => {
  await tabletWithAChange();
  county.next({ refuse: 500, body: { error: 'internal', message: 'The server could not complete the request; it is logged.' } });
  expect(await syncNow(clock)).toEqual({ status: 'problem', problem: 'server_error' });
  expect(await pendingCount()).toBe(1);
});

test('4: a proxy\'s own 502, 503 or 504 page (not JSON) means "try later", not "no county server at this address"', async () => {
  let status = 502;
  const proxy = createServer((_request, response) => response.writeHead(status, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>'));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  setServerBase(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
  try {
    for (status of [502, 503, 504]) {
      const failure = await serverRequest('GET', '/api/session', { token: 'token' }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ServerError);
      expect(failure).toMatchObject({ code: 'offline', status });
    }
  } finally {
    setServerBase(county.url);
    await new Promise((resolve) => proxy.close(resolve));
  }
});
