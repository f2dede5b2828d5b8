// Screens a coordinator prints with the browser's own print command: the overview (status of
// the concept) and the gap analysis (its matrix has a column per municipality, so it prints
// on landscape pages). Each is printed to PDF and looked at like the report and the hand-outs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newTabletPage, serveBuild } from './browser';
import { inkOf, keepPrintout, pageCount, pageTexts, renderPages, tintOf } from './pdf-pages';
import { readTable, waitForExample } from './pwa-helpers';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  ({ context, page } = await newTabletPage(browser));
  await page.goto(baseUrl);
  await waitForExample(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const chrome = ['Erklärung zur Barrierefreiheit', 'Version', 'Einstellungen', 'Dieses Konzept ist ein Beispiel'];

/** Checks every page of a printout: real content, no app chrome, white paper around it. */
function expectCleanPages(name: string, pdf: Buffer): void {
  pageTexts(pdf).forEach((text, index) => {
    for (const word of chrome) expect(text, `${name} page ${index + 1}: "${word}"`).not.toContain(word);
  });
  renderPages(pdf).forEach((image, index) => {
    expect(inkOf(image).inkedRows, `${name} page ${index + 1} is not (almost) empty`).toBeGreaterThan(0.1);
    expect(tintOf(image, { from: 0.97, to: 1 }), `${name} page ${index + 1}: white margin`).toBe(0);
  });
}

test('the overview prints on a few clean pages, its cards one after another', async () => {
  await page.getByRole('heading', { level: 1, name: 'Überblick' }).waitFor();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  keepPrintout('overview', pdf);
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(8);
  expectCleanPages('overview', pdf);
});

test('the gap analysis prints its whole matrix on landscape pages, no municipality cut off at the edge', async () => {
  await page.goto(`${baseUrl}/auswertung/bedarfsanalyse`);
  await page.locator('.gap-matrix').waitFor();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  keepPrintout('gap-analysis', pdf);
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
  const [first] = renderPages(pdf);
  expect(first!.width).toBeGreaterThan(first!.height);
  expectCleanPages('gap analysis', pdf);

  // The matrix comes before the table of figures; every municipality heads a column of it,
  // each word of its name whole (cut at the page's edge, a name would read "Niedere Bör";
  // squeezed into too narrow a column, "Haldenslebe n").
  const text = pageTexts(pdf).join('\n');
  const matrix = new Set(text.slice(0, text.indexOf('Einwohner und Menschen mit Migrationsgeschichte')).split(/\s+/));
  // A hyphenated name may wrap after its hyphen ("Elbe-" above "Heide"), a whole word never.
  const shown = (word: string) => matrix.has(word) || word.split(/(?<=-)/).every((part) => matrix.has(part));
  // Member municipalities count with their Verbandsgemeinde and have no column of their own.
  const municipalities = (await readTable<{ id: string; name: string; kind: string }>(page, 'municipalities'))
    .filter((m) => m.kind !== 'mitgliedsgemeinde')
    .map((m) => m.name);
  expect(municipalities.length).toBeGreaterThan(10);
  for (const name of municipalities) for (const word of name.split(/\s+/)) expect(shown(word), `${name}: "${word}" whole`).toBe(true);
});
