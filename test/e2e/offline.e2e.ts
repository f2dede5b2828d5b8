// A caseworker opens the app once with a network; days later, on a tablet with no network,
// every screen still opens (also straight from a link), and what they change offline is kept.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newTabletPage, serveBuild } from './browser';
import { heading, readTable, renderedHeading, waitForExample, waitForServiceWorker } from './pwa-helpers';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  ({ context, page } = await newTabletPage(browser));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
  await waitForExample(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const chunkError = 'Dieser Teil der App konnte nicht geladen werden.';

describe('without a network', () => {
  test('after one visit online, every screen opens offline, deep links included', async () => {
    await waitForServiceWorker(page);
    const [measure] = await readTable(page, 'measures');
    const [indicator] = await readTable(page, 'indicators');
    await context.setOffline(true);

    await page.reload();
    expect(await renderedHeading(page)).toBe('Überblick');
    await expect.poll(() => page.locator('header .network-state').textContent()).toContain('Offline');

    const screens: [string, string | RegExp][] = [
      [`/massnahmen/${measure!.id}`, measure!.title!],
      [`/indikatoren/${indicator!.id}`, indicator!.name!],
      ['/angebote', /\S/],
      ['/einstellungen', 'Einstellungen'],
      ['/handlungsfelder', 'Handlungsfelder'],
    ];
    for (const [path, expected] of screens) {
      await page.goto(`${baseUrl}${path}`);
      const text = await renderedHeading(page);
      expect(text, path).not.toBe(chunkError);
      if (typeof expected === 'string') expect(text, path).toBe(expected);
      else expect(text, path).toMatch(expected);
    }
    expect(errors).toEqual([]);
  });

  test('a measure edited and a measurement added offline are still there after a reload', async () => {
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const [measure] = await readTable(page, 'measures');
    const indicator = (await readTable(page, 'indicators')).find((row) => row.period === 'yearly')!;

    await page.goto(`${baseUrl}/massnahmen/${measure!.id}/bearbeiten`);
    await renderedHeading(page);
    await page.getByLabel('Titel', { exact: false }).first().fill('Offline geändert: Sprachcafé');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Offline geändert: Sprachcafé');

    await page.goto(`${baseUrl}/indikatoren/${indicator.id}`);
    await renderedHeading(page);
    await page.getByRole('button', { name: 'Messwert erfassen' }).click();
    // A year before the example's data (a future one is refused as not yet measured) and a
    // value any unit allows (a percentage stays within 100).
    await page.getByLabel(/^Zeitraum/).fill('2010');
    await page.getByLabel(/^Wert/).fill('43,5');
    await page.getByLabel(/^Quelle/).fill('Eigene Zählung, offline erfasst');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.getByText('Der Messwert ist gespeichert.').count()).toBe(1);

    await page.reload();
    await renderedHeading(page);
    // The measurement table row (its source is unique to this test).
    const row = page.getByRole('row').filter({ hasText: 'Eigene Zählung, offline erfasst' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/2010.*43,5/);
    await page.goto(`${baseUrl}/massnahmen/${measure!.id}`);
    expect(await renderedHeading(page)).toBe('Offline geändert: Sprachcafé');
    expect(errors).toEqual([]);
  });
});
