// Issue 18 (field test 2) in a real browser on a tablet: the coordinator deletes an offer after
// the browser's modal question, and after a reload the offer's page says it was deleted and
// the directory no longer lists it; a CSV file a spreadsheet saved with commas gets one
// sentence, not a page of identical lines. SHOTS_DIR=/tmp/shots keeps screenshots to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, serveBuild } from './browser';
import { readExampleIds } from './example-ids';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 800, height: 1280 }, locale: 'de-DE' });
  page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function shot(name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

test('the coordinator deletes an offer after the question; after a reload its page says it was deleted and the directory does not list it', async () => {
  const { offers: offerId } = await readExampleIds(page, ['offers']);
  await page.goto(`${baseUrl}/angebote/${offerId}/bearbeiten`);
  await page.getByRole('heading', { level: 1, name: 'Angebot bearbeiten' }).waitFor();
  const ask = page.getByRole('button', { name: /^„.+“ löschen$/ });
  const name = /^„(.+)“ löschen$/.exec((await ask.textContent()) ?? '')![1]!;
  await ask.scrollIntoViewIfNeeded();
  await shot('offer-delete-section');
  await ask.click();
  const dialog = page.getByRole('alertdialog', { name: `„${name}“ löschen?` });
  await dialog.waitFor();
  await shot('offer-delete-dialog');
  // Modal: the cancel button has the focus, and Esc takes the question away with nothing deleted.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await ask.click();
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gelöscht' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Gelöscht' }).waitFor();
  expect(await page.locator('main').textContent()).toContain(`„${name}“ wurde am`);
  await shot('offer-deleted-page');
  await page.goto(`${baseUrl}/angebote/${offerId}`);
  await page.getByRole('heading', { level: 1, name: 'Gelöscht' }).waitFor();
  expect((await readExampleIds(page, ['offers'])).offers).not.toBe(offerId);
});

test('a CSV file saved with commas gets one sentence on what to do', async () => {
  await page.goto(`${baseUrl}/auswertung/csv`);
  await page.getByRole('heading', { level: 1, name: 'CSV-Export und -Import' }).waitFor();
  const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
  const rows = Array.from({ length: 300 }, (_, i) => `"00000000-0000-4000-8000-000000000001;Anteil;${2000 + (i % 20)};;;""4${i % 10}","5"";%;""BAMF"," Statistik"";"`);
  await page.getByLabel('CSV-Datei').setInputFiles({ name: 'messwerte.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`) });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.getByRole('listitem').count()).toBe(1);
  expect(await alert.textContent()).toContain('Zeilen 2, 3, 4 und 297 weitere');
  await shot('csv-comma-file');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2600);
});
