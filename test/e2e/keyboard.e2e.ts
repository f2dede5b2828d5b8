// A caseworker who works with the keyboard alone (no mouse, no touch) goes from the overview to
// an indicator and records a measurement. Every stop of the focus must be visible (an outline),
// and focus must land where a person expects: the skip link first, the heading after a
// navigation, the first invalid field after a failed save.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { periodExample } from '../../src/core/measurement-rules';
import type { MeasurementPeriod } from '../../src/core/schema';
import { launchBrowser, newTabletPage, serveBuild } from './browser';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

type Focused = { tag: string; text: string; id: string; href: string | null; outline: boolean; invalid: string | null; describedBy: string };

/** What has the focus now, and whether it shows an outline a sighted keyboard user can see. */
async function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', text: '', id: '', href: null, outline: false, invalid: null, describedBy: '' };
    const style = getComputedStyle(el);
    const describedBy = (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    return {
      tag: el.tagName,
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      id: el.id,
      href: el.getAttribute('href'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      invalid: el.getAttribute('aria-invalid'),
      describedBy: describedBy.trim(),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` accepts; each stop must show its focus. */
async function tabTo(wanted: (f: Focused) => boolean, { backwards = false, limit = 80 } = {}): Promise<Focused> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused();
    expect(now.outline, `focus on ${now.tag} "${now.text}" shows no outline`).toBe(true);
    if (wanted(now)) return now;
  }
  throw new Error(`no focus stop within ${limit} key presses`);
}

async function headingHasFocus(text: string | RegExp): Promise<void> {
  await expect.poll(async () => (await focused()).tag).toBe('H1');
  const now = await focused();
  expect(now.text).toMatch(text);
  expect(now.outline).toBe(true);
}

test('from the overview to a new measurement with the keyboard alone', async () => {
  ({ context, page } = await newTabletPage(browser));
  await page.goto(baseUrl);
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
  const indicator = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('integrationskonzept');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    const rows = await new Promise<{ name: string; byMunicipality: boolean; period: string; deleted: boolean }[]>((resolve) => {
      const request = database.transaction('indicators').objectStore('indicators').getAll();
      request.onsuccess = () => resolve(request.result as { name: string; byMunicipality: boolean; period: string; deleted: boolean }[]);
    });
    database.close();
    const live = rows.filter((row) => !row.deleted);
    return live.find((row) => row.byMunicipality) ?? live[0]!;
  });

  // The first Tab reaches the skip link, which is then on screen; Enter moves into the content.
  const skip = await tabTo(() => true, { limit: 1 });
  expect(skip.text).toBe('Zum Inhalt springen');
  expect((await page.locator('.skip-link').boundingBox())!.x).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  expect((await focused()).id).toBe('main');

  // Shift+Tab goes back into the page head; the main navigation leads to the indicators.
  await tabTo((f) => f.href === '/indikatoren', { backwards: true });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/indikatoren$/);
  await headingHasFocus('Indikatoren');

  // From the heading, Tab walks into the list, not back to the top of the page.
  const link = await tabTo((f) => f.tag === 'A' && f.text.includes(indicator.name));
  expect(link.href).toMatch(/^\/indikatoren\/[0-9a-f-]{36}$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/indikatoren\/[0-9a-f-]{36}$/);
  await headingHasFocus(indicator.name);

  // Space opens the form, which takes the focus to its own heading.
  await tabTo((f) => f.tag === 'BUTTON' && f.text === 'Messwert erfassen');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await focused()).text).toBe('Messwert erfassen');

  // Saving the empty form saves nothing: the focus goes to the first field to correct, which
  // says what is wrong, and the summary is announced.
  await tabTo((f) => f.tag === 'BUTTON' && f.text === 'Speichern');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused()).invalid).toBe('true');
  const firstInvalid = await focused();
  expect(await page.locator(`label[for="${firstInvalid.id}"]`).textContent()).toContain('Zeitraum');
  expect(firstInvalid.describedBy).not.toBe('');
  expect(await page.getByRole('alert').filter({ hasText: /korrigier|Eingabe/i }).count()).toBe(1);

  // Typing a period and a value; a municipality is chosen with the arrow keys. The period lies
  // before the example's data (a future one is refused as not yet measured).
  const period = periodExample(indicator.period as MeasurementPeriod, '2010');
  await page.keyboard.type(period);
  await tabTo((f) => f.tag === 'INPUT', { limit: 3 });
  await page.keyboard.type('12,5');
  let place = 'kreisweit';
  if (indicator.byMunicipality) {
    await tabTo((f) => f.tag === 'SELECT', { limit: 3 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    place = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    });
    expect(place).not.toBe('');
  }
  await tabTo((f) => f.tag === 'BUTTON' && f.text === 'Speichern');
  await page.keyboard.press('Enter');

  await expect.poll(() => page.getByRole('status').filter({ hasText: 'gespeichert' }).count()).toBe(1);
  const row = page.locator('tbody tr', { has: page.locator('th', { hasText: period }) });
  expect(await row.count()).toBe(1);
  expect(await row.textContent()).toContain('12,5');
  // The focus is not dropped to the top of the document when the form closes.
  expect((await focused()).tag).not.toBe('BODY');
}, 120_000);
