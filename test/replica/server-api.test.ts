// A county server that accepts the connection and then never answers must not hold a sync for
// ever: the request ends as 'offline' after its time, so the next attempt can start; a large
// request gets the time its upload needs on a slow connection.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServerError, serverApi, serverRequest, setRequestTimeout, setServerBase } from '../../src/replica/server-api';

// Never answers, except /slow, which answers after 800 ms once the request has arrived.
const silent = createServer((request, response) => {
  if (request.url !== '/slow') return;
  request.resume();
  request.on('end', () => setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'), 800));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  setServerBase(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
  setRequestTimeout(300);
});
afterAll(async () => {
  setRequestTimeout(60_000);
  setServerBase('');
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

test('a request the server never answers ends as offline', async () => {
  const failure = await serverApi.session('token').catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ServerError);
  expect(failure).toMatchObject({ code: 'offline', status: 0 });
});

test('a large request gets the time its upload needs: 25 KB more wait one second longer', async () => {
  const small = await serverRequest('POST', '/slow', { body: {} }).catch((error: unknown) => error);
  expect(small).toMatchObject({ code: 'offline' });
  await expect(serverRequest('POST', '/slow', { body: { padding: 'x'.repeat(25_000) } })).resolves.toEqual({ ok: true });
});
