// BITV 2.0 / WCAG 2.1 AA in a real browser: axe-core on every screen of the app, in German and
// English, on a phone (360 px) and a desktop (1280 px), with the Börde example loaded. Any
// violation of impact "serious" or "critical" fails, and so does a page without the link to the
// accessibility statement. Reflow: at 320 px no page scrolls sideways
// (data tables scroll inside their own wrapper, which does not widen the page).
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { paths } from '../../src/ui/paths';
import { launchBrowser, serveBuild } from './browser';
import type { ExampleIds } from './example-ids';
import { readExampleIds } from './example-ids';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// A well-formed id no record has: the screen shows its "not found" state, which is checked too.
const noSuchId = '00000000-0000-4000-8000-000000000000';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let routes: [string, string][];

/** Every URL in src/ui/paths.ts; typed so that a new path fails the typecheck until it is listed here. */
function everyRoute(ids: ExampleIds): Record<keyof typeof paths, string> {
  const id = (table: string) => ids[table] ?? noSuchId;
  return {
    overview: paths.overview(),
    concept: paths.concept(),
    conceptEdit: paths.conceptEdit(),
    fields: paths.fields(),
    field: paths.field(id('fieldsOfAction')),
    goal: paths.goal(id('goals')),
    measures: paths.measures(),
    measure: paths.measure(id('measures')),
    measureEdit: paths.measureEdit(id('measures')),
    indicators: paths.indicators(),
    indicator: paths.indicator(id('indicators')),
    municipalities: paths.municipalities(),
    municipality: paths.municipality(id('municipalities')),
    municipalityEdit: paths.municipalityEdit(id('municipalities')),
    needs: paths.needs(),
    needNew: paths.needNew(),
    need: paths.need(id('needs')),
    needEdit: paths.needEdit(id('needs')),
    settings: paths.settings(),
    account: paths.account(),
    accounts: paths.accounts(),
    sync: paths.sync(),
    conflicts: paths.conflicts(),
    history: paths.history('measures', id('measures')),
    accessibility: paths.accessibility(),
    offers: paths.offers(),
    offerNew: paths.offerNew(),
    referrals: paths.referrals(),
    offer: paths.offer(id('offers')),
    offerEdit: paths.offerEdit(id('offers')),
    offerHandout: paths.offerHandout(id('offers')),
    offerReport: paths.offerReport(id('offers')),
    providers: paths.providers(),
    providerNew: paths.providerNew(),
    provider: paths.provider(id('providers')),
    providerEdit: paths.providerEdit(id('providers')),
    locationNew: paths.locationNew(id('providers')),
    locationEdit: paths.locationEdit(id('locations')),
    directoryCare: paths.directoryCare(),
    staleQueue: paths.staleQueue(),
    overlaps: paths.overlaps(),
    corrections: paths.corrections(),
    exchange: paths.exchange(),
    evaluation: paths.evaluation(),
    gaps: paths.gaps(),
    reviews: paths.reviews(),
    review: paths.review(id('reviews')),
    report: paths.report(),
    csv: paths.csv(),
  };
}

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(baseUrl);
  // The example is stored on first start; the overview lists its fields of action once it is.
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
  const ids = await readExampleIds(page, ['fieldsOfAction', 'goals', 'measures', 'indicators', 'municipalities', 'needs', 'offers', 'providers', 'locations', 'reviews']);
  routes = Object.entries(everyRoute(ids));
  await page.close();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a URL and waits until its screen has rendered: an h1, and nothing still loading. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(`${baseUrl}${url}`);
  await expect.poll(() => page.locator('h1').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
}

/** Whether the page is wider than the viewport, as text for the failure message. */
async function sidewaysScroll(page: Page, name: string): Promise<string | null> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  return widths.page > widths.viewport ? `${name}: ${widths.page} px wide in a ${widths.viewport} px viewport` : null;
}

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcagAA,
  ) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} nodes` : ''}`);
}

async function setLanguage(page: Page, lang: 'de' | 'en'): Promise<void> {
  await page.goto(baseUrl);
  await page.evaluate((lng) => localStorage.setItem('language', lng), lang);
}

for (const lang of ['de', 'en'] as const) {
  for (const width of [360, 1280]) {
    test(`every screen in ${lang === 'de' ? 'German' : 'English'} at ${width} px has no serious or critical axe violation`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: width < 500 ? 740 : 900 });
      await setLanguage(page, lang);
      const found: string[] = [];
      for (const [name, url] of routes) {
        await open(page, url);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const violation of await seriousViolations(page)) found.push(`${name} ${url}: ${violation}`);
        // BITV 2.0: the accessibility statement is one link away from every page.
        if ((await page.locator(`footer a[href="${paths.accessibility()}"]`).count()) !== 1) found.push(`${name} ${url}: no link to the accessibility statement in the footer`);
      }
      await page.close();
      expect(found).toEqual([]);
    }, 300_000);
  }
}

test('at 320 px wide (400 % zoom of a 1280 px screen) no screen scrolls sideways', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await setLanguage(page, 'de');
  const overflowing: string[] = [];
  for (const [name, url] of routes) {
    await open(page, url);
    const problem = await sidewaysScroll(page, `${name} ${url}`);
    if (problem) overflowing.push(problem);
  }
  await page.close();
  expect(overflowing).toEqual([]);
}, 300_000);

test('at 320 px the preview of a measurement import scrolls inside its table, not the page', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await setLanguage(page, 'de');
  await open(page, paths.csv());
  const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
  const row = ';Anteil bestandener B1-Prüfungen in Integrationskursen;2025;;;47,5;%;BAMF Integrationskursgeschäftsstatistik;';
  await page.getByLabel('CSV-Datei').setInputFiles({ name: 'messwerte.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\r\n${row}\r\n`) });
  await page.getByRole('table', { name: 'Vorschau' }).waitFor();
  const problem = await sidewaysScroll(page, 'CSV import preview');
  await page.close();
  expect(problem).toBeNull();
});
