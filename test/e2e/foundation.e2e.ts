// A coordinator opens the app for the first time, walks from the overview to a measure,
// changes it, reloads the page, and finds the change: the data lives in the browser's IndexedDB.
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newTabletPage, serveBuild } from './browser';

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

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('the example loads on first start and an edited measure survives a reload', async () => {
  const { context, page } = await newTabletPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(baseUrl);
  await expect.poll(() => heading(page).textContent()).toBe('Überblick');
  await expect.poll(() => page.getByRole('note').textContent()).toContain('Beispieldaten');

  await page.getByRole('link', { name: /Sprache und Sprachförderung/ }).first().click();
  await expect.poll(() => heading(page).textContent()).toContain('Sprache');
  await page.locator('main a[href^="/ziele/"]').first().click();
  await page.waitForURL(/\/ziele\/[0-9a-f-]{36}$/);
  await page.locator('main a[href^="/massnahmen/"]').first().click();
  await page.waitForURL(/\/massnahmen\/[0-9a-f-]{36}$/);
  const measureUrl = page.url();

  await page.getByRole('link', { name: 'Maßnahme bearbeiten' }).click();
  const title = page.getByLabel('Titel', { exact: false }).first();
  await title.fill('Sprachcafé Haldensleben – geändert im Browser');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Sprachcafé Haldensleben – geändert im Browser');

  await page.reload();
  await expect.poll(() => heading(page).textContent()).toBe('Sprachcafé Haldensleben – geändert im Browser');
  expect(page.url()).toBe(measureUrl);
  expect(errors).toEqual([]);
  await context.close();
});

test('a deep link opens its screen directly, and English can be chosen', async () => {
  const { context, page } = await newTabletPage(browser);
  await page.goto(`${baseUrl}/indikatoren`);
  await expect.poll(() => heading(page).textContent()).toBe('Indikatoren');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect.poll(() => heading(page).textContent()).toBe('Indicators');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.reload();
  await expect.poll(() => heading(page).textContent()).toBe('Indicators');
  // The shell's English words arrive before the first render, not German ones in between.
  expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(1);
  await context.close();
});
