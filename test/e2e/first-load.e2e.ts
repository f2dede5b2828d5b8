// The first-load budget of issue 4: a phone on a slow connection opens the overview with at
// most 150 KB of JavaScript (gzip). The overview and the shell come with the entry; every other
// screen, the validation schemas and the example (data, fetched as JSON) stay out of it.
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveBuild } from './browser';
import type { Loaded } from './first-load';
import { firstLoad, totalKb } from './first-load';
import { E2E_DIST } from './paths';

const BUDGET_KB = 150;

let server: PreviewServer;
let loaded: Loaded[];

beforeAll(async () => {
  const served = await serveBuild();
  server = served.server;
  loaded = await firstLoad(served.url, E2E_DIST);
}, 60_000);

afterAll(async () => {
  await server.close();
});

test(`a first visit of the overview runs at most ${BUDGET_KB} KB of JavaScript (gzip)`, () => {
  const scripts = loaded.filter((l) => l.type === 'script').map((l) => `${l.file} ${(l.gzip / 1024).toFixed(1)} KB`);
  const total = totalKb(loaded, 'script');
  // Printed on every run, so CI's log shows how close the budget is.
  console.log(`first_load_js_gzip: ${total.toFixed(1)} KB`);
  expect(total, scripts.join('\n')).toBeLessThanOrEqual(BUDGET_KB);
});

test('the example arrives as data, not as a script', () => {
  expect(loaded.filter((l) => l.type === 'data').map((l) => l.file)).toEqual(['/example-snapshot.json']);
  expect(loaded.filter((l) => l.type === 'script').map((l) => l.file).join(' ')).not.toMatch(/schema|build-example/);
});
