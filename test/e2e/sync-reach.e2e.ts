// Field test 2 (issue 18), in a real browser against the real county server: the sync screen
// is reachable from the navigation on a tablet that never logged in, and lists what waits; an
// edit on one tablet shows on another within seconds (the open app polls the county revision);
// logging out with changes not synced asks first, and the change keeps its author when the
// next person logs in and sends it; a change file read in by another account keeps its author.
// The server runs in this process on 127.0.0.1 (SQLite) and serves the production build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TestServer } from '../server/harness';
import { anna, ben, seed, startServer, tokenFor } from '../server/harness';
import { call } from '../server/http';
import { TestClock } from '../server/test-clock';
import { launchBrowser } from './browser';
import { E2E_DIST } from './paths';
import { readTable, renderedHeading, waitForExample, waitForServiceWorker } from './pwa-helpers';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let measureId = '';

type Person = { county: string; name: string; password: string };
type Revision = { updatedBy: string; record: Record<string, unknown> };

beforeAll(async () => {
  server = await startServer({ config: { distDir: E2E_DIST }, clock: new TestClock(new Date().toISOString()) });
  await seed(server, [anna, ben]);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** A tablet (800×1280) in a fresh profile, on the overview with the example loaded. */
async function tablet(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 }, locale: 'de-DE', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await waitForExample(page);
  return { page, context };
}

async function logIn(page: Page, person: Person): Promise<void> {
  await page.goto(`${server.url}/konto`);
  await page.getByLabel('Landkreis (Kürzel)').fill(person.county);
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByLabel('Passwort').fill(person.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(`${person.name} im Landkreis ${person.county}`).waitFor();
}

/** With SCREENSHOT_DIR set, keeps the screen as a person sees it. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `sync-reach-${name}.png`), fullPage: true });
}

/** Opens the measure while online: offline, the tablet moves only within the app. */
async function openMeasure(page: Page): Promise<void> {
  await page.goto(`${server.url}/massnahmen/${measureId}`);
  await renderedHeading(page);
}

/** Changes the measure on the page it shows (the tablet may be offline). */
async function changeMeasure(page: Page, status: string, note: string): Promise<void> {
  await page.getByLabel('Neuer Status').selectOption({ label: status });
  await page.getByRole('button', { name: 'Status ändern' }).click();
  await page.getByText(`Der Status ist jetzt „${status}“.`).waitFor();
  await page.getByRole('textbox', { name: /^Vermerk/ }).fill(note);
  await page.getByRole('button', { name: 'Vermerk hinzufügen' }).click();
  await page.getByText('Der Vermerk wurde gespeichert.').waitFor();
}

const syncLink = (page: Page) => page.locator('header .sync-link');

/** The county's history of the measure, as the server holds it. */
async function measureHistory(): Promise<Revision[]> {
  const token = await tokenFor(server, anna);
  return (await call<{ revisions: Revision[] }>(`${server.url}/api/records/measures/${measureId}/history`, { token })).body.revisions;
}

async function fileOfSavedChanges(page: Page): Promise<{ path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Änderungen als Datei speichern' }).click()]);
  const saved = await download.path();
  return { path: saved, text: await readFile(saved, 'utf8') };
}

test('a tablet that never logged in reaches the sync screen from the navigation, sees its changes listed and saves them as a file', async () => {
  const { page } = await tablet();
  measureId = (await readTable(page, 'measures'))[0]!.id;
  const title = (await readTable(page, 'measures'))[0]!.title!;
  await openMeasure(page);
  await changeMeasure(page, 'Pausiert', 'Raum ab März gebucht');

  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: /^Synchronisierung.*nicht synchronisiert: 1$/ }).click();
  await page.getByRole('heading', { name: '1 Änderung noch nicht synchronisiert' }).waitFor();
  const item = page.getByRole('listitem').filter({ hasText: `Maßnahme „${title}“` });
  await expect.poll(() => item.textContent()).toMatch(/geändert: Status, Fortschrittsvermerke.*auf diesem Gerät, \d/);
  await keepScreenshot(page, 'pending-never-logged-in');

  const file = JSON.parse((await fileOfSavedChanges(page)).text) as { changes: { records: { measures: { id: string; status: string }[] } } };
  expect(file.changes.records.measures).toEqual([expect.objectContaining({ id: measureId, status: 'paused' })]);
  await page.getByText('1 Änderung als Datei gespeichert.').waitFor();
});

test('an edit on one tablet shows on the other within seconds, which says what changed since the person last looked', async () => {
  const annas = await tablet();
  await logIn(annas.page, anna);
  await annas.page.goto(`${server.url}/synchronisierung`);
  await annas.page.getByRole('button', { name: 'Konzept dieses Geräts hochladen' }).click();
  await annas.page.getByText('Alle Änderungen sind synchronisiert.').waitFor({ timeout: 30_000 });

  const bens = await tablet();
  await logIn(bens.page, ben);
  await expect.poll(() => syncLink(bens.page).textContent(), { timeout: 30_000 }).toMatch(/^Synchronisiert \d/);
  await openMeasure(bens.page);

  await openMeasure(annas.page);
  await changeMeasure(annas.page, 'Abgeschlossen', 'Letzte Sitzung am Dienstag');
  // No reload, no button: ben's open page learns of it (the upload waits 3 s, the poll 5 s at most).
  await expect.poll(() => bens.page.locator('.facts').textContent(), { timeout: 20_000 }).toContain('Abgeschlossen');
  await bens.page.getByText('Letzte Sitzung am Dienstag').waitFor();
  const news = bens.page.getByRole('region', { name: /^Neu von anderen Geräten: 1 Änderung/ });
  await expect.poll(() => news.textContent()).toMatch(/Maßnahme „.+“ – geändert von anna/);
  await keepScreenshot(bens.page, 'news');
  await news.getByRole('button', { name: 'Gesehen' }).click();
  await expect.poll(() => news.count()).toBe(0);
}, 120_000);

test('logging out with a change not synced warns; offline the session ends once online, and the next person sends the change under its author', async () => {
  const { page, context } = await tablet();
  await logIn(page, ben);
  await expect.poll(() => syncLink(page).textContent(), { timeout: 30_000 }).toMatch(/^Synchronisiert \d/);
  const token = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('integrationskonzept');
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').get('serverConnection');
          request.onsuccess = () => resolve((request.result as { value: { token: string } }).value.token);
          request.onerror = () => reject(new Error('no connection'));
        };
      }),
  );

  await openMeasure(page);
  await context.setOffline(true);
  await changeMeasure(page, 'Pausiert', 'Ben: Raum fällt aus');
  await page.getByRole('link', { name: 'Angemeldet: ben (boerde)' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  const question = page.getByRole('alertdialog', { name: '1 Änderung ist noch nicht synchronisiert' });
  await question.waitFor();
  await keepScreenshot(page, 'logout-question');
  await question.getByRole('button', { name: 'Trotzdem abmelden' }).click();
  await page.getByText(/^Abgemeldet\. Ohne Verbindung endet die Anmeldung auf dem Server/).waitFor();
  // The count stays in sight after the logout.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: /nicht synchronisiert: 1$/ }).waitFor();
  expect((await call(`${server.url}/api/session`, { token })).status).toBe(200);

  await context.setOffline(false);
  await expect.poll(async () => (await call(`${server.url}/api/session`, { token })).status, { timeout: 20_000 }).toBe(401);

  await logIn(page, anna);
  await expect.poll(async () => (await measureHistory()).at(-1), { timeout: 30_000 }).toMatchObject({ updatedBy: 'anna', record: { status: 'paused', madeBy: 'ben' } });
  await page.goto(`${server.url}/verlauf/measures/${measureId}`);
  await page.getByText(/ben \(gesendet von anna\)/).first().waitFor();
  await keepScreenshot(page, 'history-sent-by');
}, 120_000);

test('a change file read in by another account keeps the author who made the change', async () => {
  const bens = await tablet();
  await logIn(bens.page, ben);
  await expect.poll(() => syncLink(bens.page).textContent(), { timeout: 30_000 }).toMatch(/^Synchronisiert \d/);
  await openMeasure(bens.page);
  // Offline, the sync screen comes from the service worker's precache.
  await waitForServiceWorker(bens.page);
  await bens.context.setOffline(true);
  await changeMeasure(bens.page, 'Laufend', 'Ben: neuer Raum gefunden');
  await bens.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: /^Synchronisierung/ }).click();
  const file = await fileOfSavedChanges(bens.page);

  const annas = await tablet();
  await logIn(annas.page, anna);
  await expect.poll(() => syncLink(annas.page).textContent(), { timeout: 30_000 }).toMatch(/^Synchronisiert \d/);
  await annas.page.goto(`${server.url}/synchronisierung`);
  await annas.page.getByLabel('Änderungsdatei einlesen').setInputFiles(file.path);
  await annas.page.getByText('Die Datei mit 1 Änderung wurde zusammengeführt.').waitFor({ timeout: 30_000 });

  expect((await measureHistory()).at(-1)).toMatchObject({ updatedBy: 'anna', record: { status: 'active', madeBy: 'ben' } });
  expect(errors).toEqual([]);
}, 120_000);
