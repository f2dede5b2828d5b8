// A new version reaches a tablet: build A runs, the server is switched to build B (same
// address, as a deployment would), the app finds the new service worker and offers it. It
// waits while a form holds unsaved input, switches once that is saved, and nothing entered
// before (offline too) is lost. A second tab steps aside for a database upgrade instead of
// blocking it, and a tab whose lazy chunk vanished with the old version reloads into the new.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newTabletPage } from './browser';
import { heading, readTable, renderedHeading, waitForExample, waitForServiceWorker } from './pwa-helpers';
import type { SwitchableServer } from './static-server';
import { startSwitchableServer } from './static-server';

// A fixed port: the origin (and with it the service worker and IndexedDB) stays the same
// while the server switches from A to B.
const PORT = 47_817;
const OUT = path.resolve(import.meta.dirname, '../../test-results/e2e-update');
const DIST_A = path.join(OUT, 'a');
const DIST_B = path.join(OUT, 'b');

let browser: Browser;
let server: SwitchableServer;

async function buildVersion(label: string, outDir: string): Promise<void> {
  await build({
    logLevel: 'warn',
    define: { __APP_BUILD__: JSON.stringify(label) },
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

beforeAll(async () => {
  await buildVersion('A', DIST_A);
  await buildVersion('B', DIST_B);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const footer = (page: Page) => page.locator('footer').textContent();

/** Asks the browser to look for a new service worker now (the app does so on returning to the foreground). */
const checkForUpdate = (page: Page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

const hasWaitingWorker = (page: Page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)));

/** A fresh device on version A, with the example loaded and the service worker in control. */
async function deviceOnVersionA(): Promise<{ context: BrowserContext; page: Page }> {
  server?.serve(DIST_A);
  server ??= await startSwitchableServer(DIST_A, PORT);
  const device = await newTabletPage(browser);
  await device.page.goto(server.url);
  await waitForExample(device.page);
  await waitForServiceWorker(device.page);
  expect(await footer(device.page)).toContain('Build A');
  return device;
}

async function editMeasureTitle(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`${server.url}/massnahmen/${id}/bearbeiten`);
  await renderedHeading(page);
  await page.getByLabel('Titel', { exact: false }).first().fill(title);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => heading(page).textContent()).toBe(title);
}

describe('updating to a new version', () => {
  test('the update waits for a half-filled form, then B runs with everything entered before', async () => {
    const { context, page } = await deviceOnVersionA();
    const [first, second] = await readTable(page, 'measures');

    await context.setOffline(true);
    await editMeasureTitle(page, second!.id, 'Offline vor dem Update geändert');
    await context.setOffline(false);

    // A person is half-way through changing a measure when B is deployed.
    await page.goto(`${server.url}/massnahmen/${first!.id}/bearbeiten`);
    await renderedHeading(page);
    await page.getByLabel('Titel', { exact: false }).first().fill('Während des Updates getippt');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    server.serve(DIST_B);
    await checkForUpdate(page);
    const accept = page.getByRole('button', { name: 'jetzt aktualisieren' });
    await accept.waitFor();
    await accept.click();

    await page.getByText(/^Bitte erst speichern/).waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await hasWaitingWorker(page)).toBe(true);
    expect(await page.getByLabel('Titel', { exact: false }).first().inputValue()).toBe('Während des Updates getippt');

    // Saving the form lets the update go ahead: the page reloads into B.
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => footer(page), { timeout: 20_000 }).toContain('Build B');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);

    await page.goto(`${server.url}/massnahmen/${first!.id}`);
    expect(await renderedHeading(page)).toBe('Während des Updates getippt');
    await page.goto(`${server.url}/massnahmen/${second!.id}`);
    expect(await renderedHeading(page)).toBe('Offline vor dem Update geändert');
    await context.close();
  });

  test('a tab on the old version whose lazy chunk is gone reloads into the new version', async () => {
    const { context, page } = await deviceOnVersionA();
    server.serve(DIST_B);
    await checkForUpdate(page);
    await expect.poll(() => hasWaitingWorker(page), { timeout: 20_000 }).toBe(true);
    // Another tab accepts the update: B's worker takes over and drops A's files from its cache.
    await page.evaluate(async () => {
      const taken = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      (await navigator.serviceWorker.getRegistration())?.waiting?.postMessage({ type: 'SKIP_WAITING' });
      await taken;
    });
    await page.getByRole('button', { name: 'jetzt aktualisieren' }).waitFor();
    expect(await footer(page)).toContain('Build A');

    // A's settings chunk was never loaded in this tab, is no longer on the server, and has
    // dropped out of the browser's HTTP cache (a tablet left alone for days).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click();
    await expect.poll(() => footer(page), { timeout: 20_000 }).toContain('Build B');
    expect(await renderedHeading(page)).toBe('Einstellungen');
    expect(await page.getByText('(Build B)').count()).toBe(1);
    await context.close();
  });

  test('a second tab on the old version steps aside when a newer version upgrades the database', async () => {
    const { context, page } = await deviceOnVersionA();
    const other = await context.newPage();
    await other.goto(`${server.url}/favicon.svg`);
    // The newer version opens the database with a higher version number.
    const events = await other.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const request = indexedDB.open('integrationskonzept', 10_000);
          request.onblocked = () => seen.push('blocked');
          request.onupgradeneeded = () => seen.push('upgrade');
          request.onsuccess = () => {
            request.result.close();
            resolve([...seen, 'opened']);
          };
          request.onerror = () => resolve([...seen, 'error']);
        }),
    );
    expect(events).toEqual(['upgrade', 'opened']);
    await page.getByRole('alert').filter({ hasText: 'in einem anderen Tab aktualisiert' }).waitFor();
    await context.close();
  });
});
