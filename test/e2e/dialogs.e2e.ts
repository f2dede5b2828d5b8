// The app's questions ("Ungespeicherte Änderungen", "… archivieren?") as a keyboard user meets
// them: Tab stays inside the question instead of wandering into the form behind it, Esc
// answers "no", and when the question goes the focus is back where the person was.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newTabletPage, serveBuild } from './browser';
import { readExampleIds } from './example-ids';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openApp(path = '/'): Promise<Page> {
  const opened = await newTabletPage(browser);
  context = opened.context;
  const { page } = opened;
  await page.goto(baseUrl);
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
  if (path !== '/') await page.goto(`${baseUrl}${path}`);
  return page;
}

type Focus = { text: string; where: 'question' | 'page' | 'browser' };

/**
 * The focused element's accessible text and where it is: in the open question, somewhere on
 * the page behind it, or nowhere on the page (a modal dialog lets Tab go on to the browser's
 * own controls, never to the page).
 */
async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const text = (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    if (!el || el === document.body) return { text: '', where: 'browser' as const };
    return { text, where: el.closest('[role="alertdialog"]') ? ('question' as const) : ('page' as const) };
  });
}

/** Tabs forward and back well past the question's buttons: the page behind is never reached. */
async function expectTabStaysInside(page: Page): Promise<void> {
  const stops: Focus[] = [];
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    stops.push(await focus(page));
  }
  expect(stops.filter((stop) => stop.where === 'page')).toEqual([]);
  expect(stops.filter((stop) => stop.where === 'question').length).toBeGreaterThanOrEqual(6);
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

test('on a review, the unsaved-changes question holds the keyboard, Esc stays, and both typed texts are still there', async () => {
  const page = await openApp('/auswertung/evaluationen');
  await page.getByRole('button', { name: 'Evaluation eröffnen' }).click();
  await page.waitForURL(/\/auswertung\/evaluationen\/[0-9a-f-]{36}$/);
  const reviewUrl = page.url();
  const goalFindings = page.locator('main section.review-goal').first().getByLabel('Erkenntnisse', { exact: true });
  const overallFindings = page.getByLabel('Erkenntnisse insgesamt');
  await goalFindings.fill('Kurse voll belegt.');
  await overallFindings.fill('Gutes Jahr.');

  const overview = mainNav(page).getByRole('link', { name: 'Überblick' });
  await overview.click();
  const question = page.getByRole('alertdialog', { name: 'Ungespeicherte Änderungen' });
  await question.waitFor();
  expect((await focus(page)).text).toBe('Weiter bearbeiten');
  await expectTabStaysInside(page);

  // Esc answers "stay": the question goes, the focus is back on the link the person chose.
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  expect(await focus(page)).toEqual({ text: 'Überblick', where: 'page' });
  expect(page.url()).toBe(reviewUrl);

  // "Weiter bearbeiten" stays as well, and nothing typed is lost.
  await overview.click();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await question.waitFor({ state: 'detached' });
  expect(page.url()).toBe(reviewUrl);
  expect(await goalFindings.inputValue()).toBe('Kurse voll belegt.');
  expect(await overallFindings.inputValue()).toBe('Gutes Jahr.');

  // Only "Änderungen verwerfen" leaves.
  await overview.click();
  await question.getByRole('button', { name: 'Änderungen verwerfen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Überblick' }).waitFor();
}, 120_000);

test('archiving an offer asks first; Esc cancels, and either way the focus returns to the archive button', async () => {
  const page = await openApp();
  const { offers: offerId } = await readExampleIds(page, ['offers']);
  await page.goto(`${baseUrl}/angebote/${offerId}/bearbeiten`);
  const archive = page.getByRole('region', { name: 'Archiv' }).getByRole('button', { name: 'Archivieren' });
  await archive.click();
  const question = page.getByRole('alertdialog', { name: /archivieren\?$/ });
  await question.waitFor();
  expect((await focus(page)).text).toBe('Abbrechen');
  await expectTabStaysInside(page);

  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  expect(await focus(page)).toEqual({ text: 'Archivieren', where: 'page' });

  await archive.click();
  await question.getByRole('button', { name: 'Archivieren' }).click();
  await question.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: 'Archiv' }).getByRole('button', { name: 'Wieder aufnehmen' }).waitFor();
  expect(await focus(page)).toEqual({ text: 'Wieder aufnehmen', where: 'page' });
}, 120_000);
