// Issue 18, field test 2: two caseworkers' tablets record the same indicator, period and place
// offline; the server keeps the value that reached it first. Everyone is told in words they know:
// the caseworker whose value was not taken reads the indicator, period, place, both values, who
// keeps the other one and why; the coordinator's header and overview count the open conflict,
// and her conflict card says the same, offering no restore that the rule would refuse. Once she
// deletes the stored value, the restore is offered and succeeds, and the caseworker's notice says
// who restored his value instead of still showing the old one.
// The real county server runs in this process on 127.0.0.1 and serves the production build.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Person, TestServer } from '../server/harness';
import { anna, ben, seed, startServer } from '../server/harness';
import { TestClock } from '../server/test-clock';
import { launchBrowser, newTabletPage } from './browser';
import { E2E_DIST } from './paths';
import { readTable, renderedHeading, waitForExample } from './pwa-helpers';

const cem: Person = { county: 'boerde', name: 'cem', role: 'caseworker', password: 'Sprachkurs im Rathaus' };

let server: TestServer;
let browser: Browser;
const tablets: { context: BrowserContext; page: Page }[] = [];
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer({ config: { distDir: E2E_DIST }, clock: new TestClock(new Date().toISOString()) });
  await seed(server, [anna, ben, cem]);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const { context } of tablets) await context.close();
  await browser?.close();
  await server?.close();
});

async function tablet(): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newTabletPage(browser);
  // The field test's tablets: 800 × 1280, portrait.
  await opened.page.setViewportSize({ width: 800, height: 1280 });
  tablets.push(opened);
  opened.page.on('pageerror', (error) => errors.push(error.message));
  await opened.page.goto(server.url);
  await waitForExample(opened.page);
  return opened;
}

async function connect(page: Page, person: Person): Promise<void> {
  await page.goto(`${server.url}/konto`);
  await page.getByLabel('Landkreis (Kürzel)').fill(person.county);
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByLabel('Passwort').fill(person.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(`${person.name} im Landkreis ${person.county}`).waitFor();
}

/** With SCREENSHOT_DIR set, keeps the screens as a person sees them (PNG files to look at). */
async function keepScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `sync-words-${name}.png`), fullPage });
}

const syncLink = (page: Page) => page.locator('header .sync-link');

async function syncedNow(page: Page): Promise<void> {
  await page.goto(`${server.url}/synchronisierung`);
  await page.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
  await page.getByText(/^Synchronisiert: \d+ gesendet, \d+ empfangen\.$/).waitFor();
}

/** Records a county-wide value on the indicator's page it shows (the tablet may be offline). */
async function recordMeasurement(page: Page, value: string, note: string): Promise<void> {
  await page.getByRole('button', { name: 'Messwert erfassen' }).click();
  // A year before the example's data: free, and already begun.
  await page.getByLabel(/^Zeitraum/).fill('2010');
  await page.getByLabel(/^Wert/).fill(value);
  await page.getByLabel(/^Quelle/).fill('Eigene Zählung');
  await page.getByLabel(/^Anmerkung/).fill(note);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Der Messwert ist gespeichert.').waitFor();
}

test('two caseworkers record the same indicator, period and place offline: the one not taken is told what, whose and why, and the coordinator is counted the conflict, offered only a restore that succeeds', async () => {
  const annas = await tablet();
  await connect(annas.page, anna);
  await annas.page.goto(`${server.url}/synchronisierung`);
  await annas.page.getByRole('button', { name: 'Konzept dieses Geräts hochladen' }).click();
  await annas.page.getByText('Alle Änderungen sind synchronisiert.').waitFor({ timeout: 30_000 });

  const bens = await tablet();
  await connect(bens.page, ben);
  const cems = await tablet();
  await connect(cems.page, cem);
  for (const page of [bens.page, cems.page]) await expect.poll(() => syncLink(page).textContent(), { timeout: 30_000 }).toMatch(/^Synchronisiert \d/);

  const indicator = (await readTable<{ id: string; name: string; period: string }>(annas.page, 'indicators')).find((row) => row.period === 'yearly')!;

  for (const { page } of [bens, cems]) {
    await page.goto(`${server.url}/indikatoren/${indicator.id}`);
    await renderedHeading(page);
  }
  for (const { context } of [bens, cems]) await context.setOffline(true);
  await recordMeasurement(bens.page, '11', 'Ben offline erfasst');
  await recordMeasurement(cems.page, '12', 'Cem offline erfasst');

  // Ben's value reaches the server first; cem's, for the same indicator, period and place, is refused.
  await bens.context.setOffline(false);
  await syncedNow(bens.page);
  await cems.context.setOffline(false);
  await syncedNow(cems.page);

  const entry = `Messwert „${indicator.name}“ für 2010, kreisweit`;
  await cems.page.getByRole('heading', { name: 'Nicht übernommene Werte' }).waitFor();
  const notice = cems.page.locator('#sync-lost ~ ul li').first();
  await expect.poll(() => notice.textContent()).toContain(
    `${entry}: Ihr Wert 12 (Anmerkung: „Cem offline erfasst“) wurde nicht übernommen. Grund: Zeitraum ist schon erfasst (2010); bitte den vorhandenen Messwert bearbeiten. Gespeichert bleibt der Wert von ben: 11 (Anmerkung: „Ben offline erfasst“).`,
  );
  await keepScreenshot(cems.page, 'caseworker-notice');

  // The coordinator's header and overview count the open conflict.
  await syncedNow(annas.page);
  await expect.poll(() => syncLink(annas.page).textContent()).toBe('⚠ 1 offener Konflikt – bitte prüfen');
  await annas.page.goto(server.url);
  await annas.page.getByText('1 offener Konflikt wartet auf Ihre Prüfung.').waitFor();
  await keepScreenshot(annas.page, 'overview', false);
  await syncLink(annas.page).click();

  // Her card names the entry, both values, who and why, and offers no restore the rule would refuse.
  await annas.page.getByRole('heading', { name: '1 offener Konflikt' }).waitFor();
  const card = annas.page.getByRole('listitem').filter({ hasText: entry });
  await expect.poll(() => card.textContent()).toMatch(
    /nicht übernommen.*Grund: Zeitraum ist schon erfasst \(2010\).*Gespeichert11 \(Anmerkung: „Ben offline erfasst“\)von ben.*Nicht übernommen12 \(Anmerkung: „Cem offline erfasst“\)von cem/,
  );
  expect(await card.getByRole('button', { name: /wiederherstellen/ }).count()).toBe(0);
  await keepScreenshot(annas.page, 'conflict-card');

  // She deletes ben's value; now cem's can be restored, and is.
  await card.getByRole('link', { name: /Zum Indikator/ }).click();
  await renderedHeading(annas.page);
  await annas.page.getByRole('row').filter({ hasText: 'Ben offline erfasst' }).getByRole('button', { name: /Löschen/ }).click();
  await annas.page.getByRole('button', { name: 'Messwert löschen' }).click();
  await annas.page.getByText('Der Messwert wurde gelöscht.').waitFor();
  await syncedNow(annas.page);
  await annas.page.goto(`${server.url}/synchronisierung/konflikte`);
  const restorable = annas.page.getByRole('listitem').filter({ hasText: entry });
  await restorable.getByRole('button', { name: /Anderen Wert wiederherstellen/ }).click();
  await annas.page.getByText('Der Wert von cem ist wiederhergestellt.').waitFor();
  await expect.poll(() => syncLink(annas.page).textContent()).toMatch(/^Synchronisiert \d/);
  // The restore is hers: the server records her as the author of the new revision.
  const restored = (await readTable<{ id: string; note?: string }>(annas.page, 'measurements')).find((row) => row.note === 'Cem offline erfasst')!;
  await annas.page.goto(`${server.url}/verlauf/measurements/${restored.id}`);
  await annas.page.getByRole('heading', { name: `Änderungsverlauf: ${entry}` }).waitFor();
  await expect.poll(() => annas.page.locator('#history-revisions ~ ol li').first().textContent()).toMatch(/^Fassung 2: anna, /);
  // The refused first version reads as refused by the rules, not as deleted by cem.
  expect(await annas.page.locator('#history-revisions ~ ol li').nth(1).textContent()).toMatch(/^Fassung 1: cem, .*\(vom Server nicht übernommen, eine Regel ließ den Eintrag nicht zu\)$/);
  await keepScreenshot(annas.page, 'history');

  // Cem's notice no longer shows his value as lost: it names who restored it.
  await syncedNow(cems.page);
  await expect.poll(() => notice.textContent()).toContain(`${entry}: anna hat Ihren Wert 12 (Anmerkung: „Cem offline erfasst“) wiederhergestellt; er gilt jetzt.`);
  // …and the header no longer asks him to look at a value that stands again.
  await expect.poll(() => syncLink(cems.page).textContent()).toMatch(/^Synchronisiert \d/);
  await keepScreenshot(cems.page, 'caseworker-restored');
  expect(errors).toEqual([]);
});
