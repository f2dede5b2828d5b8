// A caseworker's tablet, held either way (1024×768, 768×1024), and a phone (360×740). Every item
// of the main navigation can be found: on a tablet all are on screen; on a phone the bar
// scrolls, says so at the edge where more items wait, and shows the item of the current screen.
// No screen reached from it scrolls sideways, nor does the measure form with its long lists of
// partners, whose checkboxes keep their size beside long labels.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { paths } from '../../src/ui/paths';
import { launchBrowser, serveBuild } from './browser';

const sizes = [
  { width: 1024, height: 768, device: 'tablet, landscape' },
  { width: 768, height: 1024, device: 'tablet, portrait' },
  { width: 360, height: 740, device: 'phone' },
];

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let crowdedMeasureId: string;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
  crowdedMeasureId = await measureWithMostPartners(page);
  await page.close();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** The example's measure with the longest list of partners, whose names are the longest labels. */
async function measureWithMostPartners(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('integrationskonzept');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    const measures = await new Promise<{ id: string; deleted: boolean; partnerProviderIds: string[] }[]>((resolve) => {
      const request = database.transaction('measures').objectStore('measures').getAll();
      request.onsuccess = () => resolve(request.result as { id: string; deleted: boolean; partnerProviderIds: string[] }[]);
    });
    database.close();
    return measures.filter((m) => !m.deleted).sort((a, b) => b.partnerProviderIds.length - a.partnerProviderIds.length)[0]!.id;
  });
}

async function screenReady(page: Page): Promise<void> {
  await expect.poll(() => page.locator('main h1').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
}

/** How much wider than the viewport the page is (0 when it does not scroll sideways). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

type NavItem = { text: string; href: string; active: boolean; shown: boolean; before: boolean; after: boolean };
type Nav = { items: NavItem[]; cueBefore: boolean; cueAfter: boolean };

/** Each item of the main navigation: whether it is wholly in sight, or lies beyond an edge. */
async function navigation(page: Page): Promise<Nav> {
  return page.evaluate(() => {
    const nav = document.querySelector<HTMLElement>('nav.main-nav')!;
    const list = nav.querySelector('ul')!.getBoundingClientRect();
    const left = Math.max(0, list.left);
    const right = Math.min(document.documentElement.clientWidth, list.right);
    const items = [...nav.querySelectorAll('a')].map((link) => {
      const box = link.getBoundingClientRect();
      return {
        text: link.textContent ?? '',
        href: link.getAttribute('href') ?? '',
        active: link.getAttribute('aria-current') === 'page',
        shown: box.left >= left - 0.5 && box.right <= right + 0.5,
        before: box.left < left - 0.5,
        after: box.right > right + 0.5,
      };
    });
    const cue = (side: '::before' | '::after') => {
      const style = getComputedStyle(nav, side);
      return style.content !== 'none' && style.display !== 'none' && Number(style.opacity) > 0.5;
    };
    return { items, cueBefore: cue('::before'), cueAfter: cue('::after') };
  });
}

for (const { width, height, device } of sizes) {
  test(`${width}×${height} (${device}): every navigation item is in sight or signposted, the current one always in sight, and no screen scrolls sideways`, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(baseUrl);
    await screenReady(page);
    const items = (await navigation(page)).items;
    expect(items.length).toBeGreaterThanOrEqual(8);

    // Each screen opened by its address, as a bookmark or a link from elsewhere would.
    const problems: string[] = [];
    for (const { text: name, href } of items) {
      await page.goto(`${baseUrl}${href}`);
      await screenReady(page);
      await expect.poll(async () => (await navigation(page)).items.find((item) => item.text === name)?.active).toBe(true);
      const now = await navigation(page);
      const overflow = await sideways(page);
      if (overflow > 0) problems.push(`${name}: the page scrolls sideways by ${overflow} px`);
      if (!now.items.find((item) => item.active)!.shown) problems.push(`${name}: its own navigation item is out of sight`);
      if (width >= 768) {
        for (const item of now.items.filter((i) => !i.shown)) problems.push(`${name}: "${item.text}" is off screen`);
      } else {
        if (now.items.some((i) => i.after) && !now.cueAfter) problems.push(`${name}: items lie beyond the right edge, and nothing says so`);
        if (now.items.some((i) => i.before) && !now.cueBefore) problems.push(`${name}: items lie beyond the left edge, and nothing says so`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 180_000);

  test(`${width}×${height} (${device}): the measure and its form fit the screen; checkboxes keep their size beside long labels`, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${baseUrl}${paths.measure(crowdedMeasureId)}`);
    await screenReady(page);
    expect(await sideways(page)).toBe(0);

    await page.goto(`${baseUrl}${paths.measureEdit(crowdedMeasureId)}`);
    await screenReady(page);
    await page.getByRole('group', { name: 'Partner (Träger)' }).waitFor();
    expect(await sideways(page)).toBe(0);
    const boxes = await page.locator('.checkbox input').evaluateAll((inputs) => inputs.map((input) => Math.round(input.getBoundingClientRect().width)));
    expect(boxes.length).toBeGreaterThan(10);
    expect(new Set(boxes)).toEqual(new Set([20]));
    await page.close();
  }, 120_000);
}
