// Every refusal has the project's shape `{"error": CODE, "message": TEXT}`, Fastify's and
// Node's own included (issue 17, item 4): a device or a person reading the answer finds a code
// to act on, never Fastify's `{"error": "Bad Request", "statusCode": 400}`. 503 during
// shutdown is tested in graceful-stop.server.ts, 503 storage_unavailable in
// database-faults.server.ts.
import net from 'node:net';
import type { TestServer } from './harness';
import { startServer, storeKind } from './harness';
import { call } from './http';

/** Sends raw bytes on a connection of its own; resolves with the status and the JSON body. */
function raw(server: TestServer, text: string): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.once('error', reject);
    socket.once('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), body: JSON.parse(body) as unknown });
    });
  });
}

/** The project's error shape and nothing else: no statusCode, no Fastify code, no stack. */
function expectShape(body: unknown, code: string): void {
  expect(body).toEqual({ error: code, message: expect.any(String) as unknown });
}

describe(`error shapes (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('4: a URL that cannot be decoded is 400 bad_url, not Fastify\'s own body', async () => {
    for (const path of ['/api/records/goals/%E0%A4%A', '/api/records/%', '/%']) {
      const answer = await call(`${server.url}${path}`);
      expect(answer.status).toBe(400);
      expectShape(answer.body, 'bad_url');
    }
  });

  it('4: a path segment longer than the server accepts is 414 url_too_long', async () => {
    const answer = await call(`${server.url}/api/records/goals/${'a'.repeat(300)}`);
    expect(answer.status).toBe(414);
    expectShape(answer.body, 'url_too_long');
  });

  it('4: an unknown API route, or a method a route does not take, is 404 not_found', async () => {
    for (const [method, path] of [['GET', '/api/nothing-here'], ['DELETE', '/api/health']] as const) {
      const answer = await call(`${server.url}${path}`, { method });
      expect(answer.status).toBe(404);
      expectShape(answer.body, 'not_found');
    }
  });

  it('4: what is not HTTP is 400 bad_request, and headers over the limit are 431 headers_too_large, answered by Node before any route', async () => {
    const garbage = await raw(server, 'HELLO SERVER\r\n\r\n');
    expect(garbage.status).toBe(400);
    expectShape(garbage.body, 'bad_request');
    const brokenHeader = await raw(server, 'GET /api/health HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n');
    expect(brokenHeader.status).toBe(400);
    expectShape(brokenHeader.body, 'bad_request');
    const huge = await raw(server, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    expectShape(huge.body, 'headers_too_large');
  });

  it('4: the OpenAPI document names 503 with the error shape on the API routes, so a client knows to try later', async () => {
    const doc = await call<{ paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> }>(`${server.url}/api/openapi.json`);
    for (const [path, method] of [['/api/sync', 'post'], ['/api/login', 'post'], ['/api/records/goals', 'get'], ['/api/writes', 'post']] as const) {
      expect(doc.body.paths[path]?.[method]?.responses['503']?.content?.['application/json']?.schema, `${method} ${path}`).toEqual({ $ref: '#/components/schemas/Error' });
    }
  });
});
