// The coordinator prints the council report. Chromium renders it to an A4 PDF, and the test
// looks at the paper as a council member would:
// - pages: a title page, a summary and each field on pages of its own make at least
//   fields + 2 pages; the Börde example needs 18, and no person prints a report of 30 or more;
// - every page rendered by poppler (pdftoppm) holds real content (no blank or nearly blank
//   page) and no filled black areas (a chart's line filled solid, a legend sample blown up);
// - the text poppler reads (pdftotext): each field's page starts with its name, every page is
//   numbered "n / total";
// - the outline (Chromium writes every heading as a bookmark) and the print-media DOM: a page
//   break before each field, no navigation or buttons, legend samples at text size.
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newTabletPage, serveBuild } from './browser';
import { readExampleIds } from './example-ids';
import { inkOf, keepPrintout, pageCount, pageTexts, renderPages, solidShare } from './pdf-pages';

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

/** The names of the live fields of action in the page's IndexedDB. */
async function fieldNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('integrationskonzept');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    if (!database.objectStoreNames.contains('fieldsOfAction')) return [];
    const rows = await new Promise<{ name: string; deleted: boolean }[]>((resolve, reject) => {
      const request = database.transaction('fieldsOfAction').objectStore('fieldsOfAction').getAll();
      request.onsuccess = () => resolve(request.result as { name: string; deleted: boolean }[]);
      request.onerror = () => reject(request.error ?? new Error('reading failed'));
    });
    database.close();
    return rows.filter((r) => !r.deleted).map((r) => r.name);
  });
}

/** A PDF string as text: (literal) with escapes, or <hex>, UTF-16BE when it starts with FE FF. */
function pdfString(raw: string): string {
  let bytes: number[];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s/g, '');
    bytes = hex.match(/../g)!.map((h) => parseInt(h, 16));
  } else {
    bytes = [];
    const body = raw.slice(1, -1);
    for (let i = 0; i < body.length; i += 1) {
      const c = body[i]!;
      if (c !== '\\') {
        bytes.push(c.charCodeAt(0));
        continue;
      }
      const next = body[++i]!;
      const octal = /^[0-7]{1,3}/.exec(body.slice(i));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += octal[0].length - 1;
      } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return Buffer.from(bytes).toString('latin1');
}

/** Every bookmark title in the PDF's outline. */
function outlineTitles(pdf: string): string[] {
  return [...pdf.matchAll(/\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)].map((m) => pdfString(m[1]!));
}

test('the council report prints to A4 with a title page, a summary and every field on its own pages', async () => {
  const { context, page } = await newTabletPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`${baseUrl}/auswertung/bericht`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Evaluationsbericht zum Integrationskonzept');
  // The example loads on first start; wait until every field has its section.
  await expect.poll(async () => (await fieldNames(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const fields = await fieldNames(page);
  await expect.poll(() => page.locator('section.report-field').count(), { timeout: 20_000 }).toBe(fields.length);
  await expect.poll(() => page.locator('.report-chart svg').count()).toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const shown = (selector: string) => [...document.querySelectorAll(selector)].some((e) => getComputedStyle(e).display !== 'none');
    return {
      fieldBreaks: [...document.querySelectorAll('section.report-field')].map((e) => getComputedStyle(e).breakBefore),
      titleBreak: getComputedStyle(document.querySelector('.report-title-page')!).breakAfter,
      navigation: shown('.main-nav'),
      header: shown('.app-header'),
      buttons: [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0).length,
      titlePage: document.querySelector('.report-title-page')?.textContent ?? '',
      fieldHeadings: [...document.querySelectorAll('section.report-field > h2')].filter((h) => h.getClientRects().length > 0).map((h) => h.textContent),
      legendSampleHeights: [...document.querySelectorAll('.report .legend-sample')].map((e) => e.getBoundingClientRect().height),
      rowBreaks: [...new Set([...document.querySelectorAll('.report tr')].map((e) => getComputedStyle(e).breakInside))],
    };
  });
  expect(layout.fieldBreaks).toEqual(fields.map(() => 'page'));
  expect(layout.titleBreak).toBe('page');
  expect(layout.titlePage).toContain('Landkreis Börde');
  expect(layout.titlePage).toMatch(/Berichtszeitraum\s*\d{4}/);
  expect(layout).toMatchObject({ navigation: false, header: false, buttons: 0 });
  expect([...layout.fieldHeadings].sort()).toEqual([...fields].sort());
  // A legend sample is as tall as the text beside it, not a page-wide drawing.
  expect(layout.legendSampleHeights.length).toBeGreaterThan(0);
  expect(Math.max(...layout.legendSampleHeights)).toBeLessThanOrEqual(24);
  expect(layout.rowBreaks).toEqual(['avoid']);

  const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true });
  keepPrintout('council-report', pdf);
  const raw = pdf.toString('latin1');
  expect(raw.startsWith('%PDF-')).toBe(true);
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(fields.length + 2);
  expect(pages).toBeLessThan(30);

  const images = renderPages(pdf, 50);
  expect(images).toHaveLength(pages);
  images.forEach((image, index) => {
    const where = `page ${index + 1} of ${pages}`;
    expect(solidShare(image), `${where}: no filled black areas`).toBeLessThan(0.005);
    // Above the page number, at least a tenth of the page's lines hold something.
    expect(inkOf(image, { from: 0, to: 0.93 }).inkedRows, `${where}: not (almost) empty`).toBeGreaterThan(0.1);
  });

  const texts = pageTexts(pdf);
  expect(texts).toHaveLength(pages);
  texts.forEach((text, index) => expect(text, `page ${index + 1}`).toMatch(new RegExp(`\\b${index + 1} / ${pages}\\s*$`)));
  const opening = (text: string) => text.trim().split('\n')[0]!.trim();
  for (const name of fields) expect(texts.some((text) => name.startsWith(opening(text)) && opening(text).length > 10), `${name} opens a page`).toBe(true);

  // An A4 page is 595 × 842 points.
  expect(raw).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+841(\.\d+)?|\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842/);

  // Chromium joins a wrapped heading's lines without a space, so titles are compared without spaces.
  const squeeze = (text: string) => text.replace(/\s/g, '');
  const titles = outlineTitles(raw).map(squeeze);
  expect(titles[0]).toBe(squeeze('Evaluationsbericht zum Integrationskonzept – Landkreis Börde'));
  expect(titles).toContain('Zusammenfassung');
  for (const name of fields) expect(titles).toContain(squeeze(name));
  expect(errors).toEqual([]);
  await context.close();
});

test('a hand-out opened earlier in the session leaves the print layout of the report alone', async () => {
  const { context, page } = await newTabletPage(browser);
  await page.goto(baseUrl);
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
  const { offers: offerId } = await readExampleIds(page, ['offers']);
  await page.goto(`${baseUrl}/angebote/${offerId}/handzettel`);
  await page.locator('.handout-sheet').waitFor();
  await page.emulateMedia({ media: 'print' });
  // The hand-out itself prints without the screen's trail and title.
  expect(await page.locator('.page-title').evaluate((e) => getComputedStyle(e).display)).toBe('none');
  await page.emulateMedia({ media: 'screen' });
  // In-app navigation, as a person would go on: the hand-out's stylesheet stays loaded.
  await page.evaluate(() => {
    window.history.pushState({}, '', '/auswertung/bericht');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.locator('.report-title-page').waitFor();
  expect(await page.locator('link[rel="stylesheet"][href*="Handout"]').count()).toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  const title = page.locator('.report-title-page .page-title');
  expect(await title.evaluate((e) => getComputedStyle(e).display)).not.toBe('none');
  expect(await title.textContent()).toBe('Evaluationsbericht zum Integrationskonzept');
  await context.close();
});
