// Two tablets, one county. The coordinator (anna) connects first and uploads her device's
// concept as the county's start; a caseworker (ben) connects and takes it. Both go offline and
// change the same measure differently: each adds a progress note and sets another status. Back
// online, both sync and both show the merged measure (both notes, the status that reached the
// server first); ben is told his status was not taken, and anna sees the conflict and restores
// ben's value, which then reaches both tablets.
// The real county server runs in this process on 127.0.0.1 (SQLite in a temporary folder) and
// serves the production build, so the app talks to its own origin as it does in production.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TestServer } from '../server/harness';
import { anna, ben, seed, startServer } from '../server/harness';
import { TestClock } from '../server/test-clock';
import { launchBrowser, newTabletPage } from './browser';
import { E2E_DIST } from './paths';
import { readTable, renderedHeading, waitForExample } from './pwa-helpers';

let server: TestServer;
let browser: Browser;
const tablets: { context: BrowserContext; page: Page }[] = [];
const errors: string[] = [];

beforeAll(async () => {
  // The tablets compare the login's expiry with their own clock, so the server's starts now.
  server = await startServer({ config: { distDir: E2E_DIST }, clock: new TestClock(new Date().toISOString()) });
  await seed(server, [anna, ben]);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const { context } of tablets) await context.close();
  await browser?.close();
  await server?.close();
});

async function tablet(): Promise<Page> {
  const opened = await newTabletPage(browser);
  tablets.push(opened);
  opened.page.on('pageerror', (error) => errors.push(error.message));
  await opened.page.goto(server.url);
  await waitForExample(opened.page);
  return opened.page;
}

async function connect(page: Page, person: { county: string; name: string; password: string }): Promise<void> {
  await page.goto(`${server.url}/konto`);
  await page.getByLabel('Landkreis (Kürzel)').fill(person.county);
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByLabel('Passwort').fill(person.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(`${person.name} im Landkreis ${person.county}`).waitFor();
}

/** With SCREENSHOT_DIR set, keeps the sync screens as a person sees them (PNG files to look at). */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `sync-${name}.png`), fullPage: true });
}

const syncLink = (page: Page) => page.locator('header .sync-link');

async function syncedNow(page: Page): Promise<void> {
  await page.goto(`${server.url}/synchronisierung`);
  await page.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
  await page.getByText(/^Synchronisiert: \d+ gesendet, \d+ empfangen\.$/).waitFor();
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

test('two tablets edit the same measure offline, both sync and show the merged measure, and the coordinator restores the value that lost', async () => {
  const annasTablet = await tablet();
  await connect(annasTablet, anna);
  // The county is empty: the coordinator is asked whether her device's concept is its start.
  await expect.poll(() => syncLink(annasTablet).textContent()).toContain('Erste Verbindung: bitte entscheiden');
  await annasTablet.goto(`${server.url}/synchronisierung`);
  await annasTablet.getByRole('button', { name: 'Konzept dieses Geräts hochladen' }).waitFor();
  await keepScreenshot(annasTablet, 'first-connection');
  await annasTablet.getByRole('button', { name: 'Konzept dieses Geräts hochladen' }).click();
  await annasTablet.getByText('Alle Änderungen sind synchronisiert.').waitFor({ timeout: 30_000 });

  // A tablet holding only the example takes the county's data without a question.
  const bensTablet = await tablet();
  await connect(bensTablet, ben);
  await expect.poll(() => syncLink(bensTablet).textContent(), { timeout: 30_000 }).toMatch(/^Synchronisiert \d/);

  const [measure] = await readTable(annasTablet, 'measures');
  const id = measure!.id;

  for (const page of [annasTablet, bensTablet]) {
    await page.goto(`${server.url}/massnahmen/${id}`);
    await renderedHeading(page);
  }
  for (const { context } of tablets) await context.setOffline(true);
  await changeMeasure(annasTablet, 'Pausiert', 'Anna: Raum ab März gebucht');
  await changeMeasure(bensTablet, 'Abgeschlossen', 'Ben: letzte Sitzung am Dienstag');
  await expect.poll(() => syncLink(bensTablet).textContent()).toBe('1 Änderung wartet auf eine Verbindung');
  await keepScreenshot(bensTablet, 'offline-measure');

  // Anna's change reaches the server first, then ben's.
  await tablets[0]!.context.setOffline(false);
  await syncedNow(annasTablet);
  await tablets[1]!.context.setOffline(false);
  await syncedNow(bensTablet);
  await syncedNow(annasTablet);
  for (const page of [annasTablet, bensTablet]) {
    await page.goto(`${server.url}/massnahmen/${id}`);
    await renderedHeading(page);
    await page.getByText('Anna: Raum ab März gebucht').waitFor();
    await page.getByText('Ben: letzte Sitzung am Dienstag').waitFor();
    // Each note is signed by the account that wrote it, on every tablet.
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Ben: letzte Sitzung am Dienstag' }).textContent()).toContain('· ben');
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Anna: Raum ab März gebucht' }).textContent()).toContain('· anna');
    await expect.poll(() => page.locator('.facts').textContent()).toContain('Pausiert');
  }

  // Ben is told that his status did not stay, and why his value is not lost.
  await bensTablet.goto(`${server.url}/synchronisierung`);
  await bensTablet.getByRole('heading', { name: 'Nicht übernommene Werte' }).waitFor();
  await bensTablet.getByText(/Feld „Status“: Ihr Wert „Abgeschlossen“, gespeichert bleibt „Pausiert“/).waitFor();
  await keepScreenshot(bensTablet, 'lost-value');

  // Anna sees the conflict, both values side by side, and restores ben's.
  await annasTablet.goto(`${server.url}/synchronisierung/konflikte`);
  const conflict = annasTablet.getByRole('listitem').filter({ hasText: 'Feld „Status“' });
  await expect.poll(() => conflict.textContent()).toMatch(/Gespeichert.*Pausiert.*Nicht übernommen.*Abgeschlossen/);
  await keepScreenshot(annasTablet, 'conflicts');
  await conflict.getByRole('button', { name: /Anderen Wert wiederherstellen/ }).click();
  await annasTablet.getByText('Der Wert von ben ist wiederhergestellt.').waitFor();
  // The measure's page leads to its history, which lists the restored value as a new revision.
  await annasTablet.goto(`${server.url}/massnahmen/${id}`);
  await renderedHeading(annasTablet);
  await keepScreenshot(annasTablet, 'measure');
  await annasTablet.getByRole('link', { name: 'Änderungsverlauf' }).click();
  await annasTablet.getByRole('heading', { name: /Fassungen$/ }).waitFor();
  await keepScreenshot(annasTablet, 'history');

  await syncedNow(bensTablet);
  for (const page of [annasTablet, bensTablet]) {
    await page.goto(`${server.url}/massnahmen/${id}`);
    await renderedHeading(page);
    await expect.poll(() => page.locator('.facts').textContent()).toContain('Abgeschlossen');
    await page.getByText('Anna: Raum ab März gebucht').waitFor();
  }
  expect(errors).toEqual([]);
});
