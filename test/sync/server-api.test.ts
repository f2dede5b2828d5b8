// A county server that accepts the connection and then never answers must not hold a sync for
// ever: the request ends as 'offline' after its time, so the next attempt can start.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServerError, serverApi, setRequestTimeout, setServerBase } from '../../src/sync/server-api';

const silent = createServer(() => {
  // Never answers.
});

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  setServerBase(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
  setRequestTimeout(300);
});
afterAll(async () => {
  setRequestTimeout(120_000);
  setServerBase('');
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

test('a request the server never answers ends as offline', async () => {
  const failure = await serverApi.session('token').catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ServerError);
  expect(failure).toMatchObject({ code: 'offline', status: 0 });
});
