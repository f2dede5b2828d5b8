// The coordinator corrects opening hours on a tablet and on a phone: when a time is refused,
// its message appears below its input, and the inputs of the slot stay lined up (the field
// test found them shifted as soon as a message showed).
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, serveBuild } from './browser';
import { readExampleIds } from './example-ids';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The top edge of each control in the first slot, by its label. */
async function controlTops(page: Page): Promise<Record<string, number>> {
  const slot = page.getByRole('group', { name: 'Zeitfenster 1' });
  const tops: Record<string, number> = {};
  for (const label of ['Wochentag', 'Öffnet um', 'Schließt um']) tops[label] = (await slot.getByLabel(label).boundingBox())!.y;
  return tops;
}

async function refuseATime(width: number, height: number): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
  const { offers } = await readExampleIds(page, ['offers']);
  await page.goto(`${baseUrl}/angebote/${offers}/bearbeiten`);
  await page.getByRole('heading', { level: 1, name: 'Angebot bearbeiten' }).waitFor();
  if ((await page.getByRole('group', { name: 'Zeitfenster 1' }).count()) === 0) await page.getByRole('button', { name: 'Zeitfenster hinzufügen' }).click();
  const slot = page.getByRole('group', { name: 'Zeitfenster 1' });
  await slot.getByLabel('Öffnet um').fill('früh');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => slot.getByLabel('Öffnet um').getAttribute('aria-invalid')).toBe('true');
  const tops = await controlTops(page);
  await context.close();
  return tops;
}

test('on a tablet the weekday, opening and closing time of a slot stay on one line when a time is refused', async () => {
  const tops = await refuseATime(1024, 768);
  expect(tops['Öffnet um']).toBe(tops['Wochentag']);
  expect(tops['Schließt um']).toBe(tops['Wochentag']);
});

test('on a phone the opening and closing time stay side by side when a time is refused', async () => {
  const tops = await refuseATime(360, 740);
  expect(tops['Schließt um']).toBe(tops['Öffnet um']);
});
