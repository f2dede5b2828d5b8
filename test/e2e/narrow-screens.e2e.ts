// Field test, issue 11: on a 360 px phone the measurement table showed only period and
// municipality (the values were off-screen), and the CSV preview's error texts were reached
// only by scrolling sideways. What a person needs must sit inside the viewport.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { paths } from '../../src/ui/paths';
import { launchBrowser, serveBuild } from './browser';

const WIDTH = 360;
let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE', viewport: { width: WIDTH, height: 740 } });
  page = await context.newPage();
  await page.goto(baseUrl);
  // The example is stored on first start; the overview lists its fields of action once it is.
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** How far past the viewport's right edge each element reaches (0 when it fits). */
async function overflow(locator: ReturnType<Page['locator']>): Promise<number[]> {
  const boxes = await locator.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().right));
  return boxes.map((right) => Math.max(0, Math.ceil(right) - WIDTH));
}

test('at 360 px the measurement table shows each value beside its period', async () => {
  // The first indicator of the list is measured per municipality: its table holds the long
  // names ("Verbandsgemeinde Westliche Börde") that pushed the values off-screen.
  await page.goto(`${baseUrl}${paths.indicators()}`);
  await page.locator('main a[href^="/indikatoren/"]').first().click();
  const table = page.getByRole('table', { name: 'Messwerte', exact: true });
  const values = table.locator('tbody td.number');
  await values.first().waitFor();
  expect(await table.locator('tbody td', { hasText: 'Verbandsgemeinde' }).count()).toBeGreaterThan(0);
  expect(await overflow(values)).toEqual(Array(await values.count()).fill(0));
});

test('at 360 px the CSV preview’s errors read without scrolling sideways', async () => {
  await page.goto(`${baseUrl}${paths.csv()}`);
  const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
  const rows = [
    ';Anteil bestandener B1-Prüfungen in Integrationskursen;2024;;;12,3,4;%;BAMF;',
    ';Anteil bestandener B1-Prüfungen in Integrationskursen;2031;Haldensleben;;61;5;%;BAMF;vorläufig, siehe Brief',
  ];
  await page.getByLabel('CSV-Datei').setInputFiles({ name: 'messwerte.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\r\n${rows.join('\r\n')}\r\n`) });
  const errors = page.getByRole('region', { name: 'Fehlerhafte Zeilen' }).getByRole('listitem');
  await errors.first().waitFor();
  expect(await errors.count()).toBe(2);
  expect(await overflow(errors)).toEqual([0, 0]);
});

test('on an 800 px tablet the measurement table shows its Aktionen column whole: edit and delete without scrolling sideways', async () => {
  const tablet = await browser.newContext({ locale: 'de-DE', viewport: { width: 800, height: 1280 } });
  try {
    const tabletPage = await tablet.newPage();
    await tabletPage.goto(`${baseUrl}${paths.indicators()}`);
    await tabletPage.locator('main a[href^="/indikatoren/"]').first().click();
    const table = tabletPage.getByRole('table', { name: 'Messwerte', exact: true });
    await table.locator('tbody td.number').first().waitFor();
    const { visibleRight, header, buttons } = await table.evaluate((element) => {
      const wrap = element.closest('.table-wrap')!.getBoundingClientRect();
      const right = (e: Element) => e.getBoundingClientRect().right;
      return {
        visibleRight: Math.min(wrap.right, document.documentElement.clientWidth),
        header: right([...element.querySelectorAll('thead th')].at(-1)!),
        buttons: [...element.querySelectorAll('tbody .row-actions button')].map((button) => ({ label: button.textContent ?? '', right: right(button) })),
      };
    });
    expect(header).toBeLessThanOrEqual(visibleRight + 0.5);
    // Both actions of every row, not only the first, stand inside what the tablet shows.
    expect(buttons.some((b) => b.label.startsWith('Löschen'))).toBe(true);
    expect(buttons.filter((b) => b.right > visibleRight + 0.5)).toEqual([]);
  } finally {
    await tablet.close();
  }
});
