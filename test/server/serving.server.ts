// A person opens the server's address: the app comes with the same cache rules as any static
// host, the API answers under /api, and every answer carries the security headers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestServer } from './harness';
import { startServer, storeKind } from './harness';
import { call } from './http';
import { entityKinds } from '../../src/core/schema';

function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'server-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Integrationskonzept</title><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(dist, 'manifest.webmanifest'), '{}');
  writeFileSync(path.join(dist, 'example-snapshot.json'), '{}');
  return dist;
}

describe(`serving the app and the API (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ config: { distDir: fakeBuild() } });
  });
  afterAll(() => server.close());

  it('answers the health check with status, version and the storage in use', async () => {
    const health = await call(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', version: 'test', storage: storeKind });
  });

  it('serves the app: hashed assets immutable, the service worker, manifest and pages revalidated', async () => {
    const asset = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const file of ['/sw.js', '/manifest.webmanifest', '/example-snapshot.json', '/']) {
      const response = await fetch(`${server.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
    }
  });

  it('opens a deep link with the app (SPA fallback), but a missing file or API route is a 404', async () => {
    const page = await fetch(`${server.url}/massnahmen/1b7e9d1c-0000-4000-8000-000000000001`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Integrationskonzept</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/assets/gone-123.js`)).status).toBe(404);
    const api = await call(`${server.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.body).toMatchObject({ error: 'not_found' });
  });

  it('sends a strict Content-Security-Policy, nosniff and a referrer policy with every answer', async () => {
    for (const target of ['/', '/assets/index-abc123.js', '/api/health', '/api/nothing-here']) {
      const { headers } = await call(`${server.url}${target}`);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, target).toContain("script-src 'self'");
      expect(csp, target).toContain("frame-ancestors 'none'");
      expect(csp, target).not.toContain('unsafe-inline');
      expect(headers.get('x-content-type-options'), target).toBe('nosniff');
      expect(headers.get('referrer-policy'), target).toBe('no-referrer');
    }
  });

  it('describes every route of its API in the OpenAPI document, with the schemas that check the requests', async () => {
    const doc = await call<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>(`${server.url}/api/openapi.json`);
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.body.paths).flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`));
    for (const expected of [
      'GET /api/health', 'POST /api/login', 'POST /api/logout', 'GET /api/session', 'POST /api/account/password', 'POST /api/account/totp',
      'POST /api/account/totp/confirm', 'GET /api/accounts', 'POST /api/accounts', 'PATCH /api/accounts/{id}', 'POST /api/accounts/{id}/unlock', 'GET /api/county', 'PATCH /api/county', 'POST /api/writes', 'POST /api/sync',
      'GET /api/conflicts', 'POST /api/conflicts/{id}/resolve', 'GET /api/sync/revision',
      ...entityKinds.flatMap((kind) => [`GET /api/records/${kind}`, `GET /api/records/${kind}/{id}`, `PUT /api/records/${kind}/{id}`, `DELETE /api/records/${kind}/{id}`, `GET /api/records/${kind}/{id}/history`,
        `GET /api/records/${kind}/{id}/compare`, `POST /api/records/${kind}/{id}/restore`]),
    ]) expect(documented).toContain(expected);
    expect(documented).toHaveLength(18 + entityKinds.length * 7);
    expect(doc.body.paths['/api/records/measures/{id}']!.put!.requestBody).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/MeasuresInput' } } } });
  });
});
