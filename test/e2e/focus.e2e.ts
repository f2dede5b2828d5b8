// Field test 2 (issue 18): a keyboard user who deleted a measurement, added or deleted a note,
// changed a status, saved an assessment, sent a report, opened or cancelled a dismissal or took
// over a CSV file found the focus on the page body, back at the top of the page (WCAG 2.4.3).
// After each action the focus now stands on its result or the next sensible control.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { paths } from '../../src/ui/paths';
import { launchBrowser, newTabletPage, serveBuild } from './browser';
import { readTable } from './pwa-helpers';

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
  await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

type Focused = { tag: string; text: string; id: string };

async function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', text: '', id: '' };
    return { tag: el.tagName, text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(), id: el.id };
  });
}

/** Presses Enter on a control, as a keyboard user does. */
async function press(control: ReturnType<Page['locator']>): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
}

/**
 * Waits (the save is asynchronous) until the focus is where `expected` says, and returns it;
 * before the fix it rested on the page body, so this waited in vain.
 */
async function expectFocus(expected: Partial<Focused>): Promise<Focused> {
  await expect.poll(focused).toMatchObject(expected);
  return focused();
}

const go = async (path: string) => {
  await page.goto(`${baseUrl}${path}`);
};

test('after "Messwert löschen" the focus is on "Messwert erfassen", not the page body', async () => {
  await go(paths.indicators());
  await page.locator('main a[href^="/indikatoren/"]').first().click();
  const rows = page.getByRole('table', { name: 'Messwerte', exact: true }).locator('tbody tr');
  await rows.first().waitFor();
  const before = await rows.count();
  await press(rows.first().getByRole('button', { name: /^Löschen/ }));
  await press(page.getByRole('alertdialog').getByRole('button', { name: 'Messwert löschen' }));
  await expect.poll(() => rows.count()).toBe(before - 1);
  await expectFocus({ tag: 'BUTTON', text: 'Messwert erfassen' });
});

test('on a measure, adding a note focuses its confirmation, deleting one the notes’ heading, and "Status ändern" keeps the focus on its button', async () => {
  await go(paths.measures());
  await page.locator('main a[href^="/massnahmen/"]').first().click();
  const notes = page.getByRole('region', { name: 'Fortschrittsvermerke' });
  await notes.getByLabel(/^Vermerk/).fill('Kursraum in Wolmirstedt zugesagt.');
  await press(notes.getByRole('button', { name: 'Vermerk hinzufügen' }));
  await expectFocus({ tag: 'P', text: 'Der Vermerk wurde gespeichert.' });
  // The next Tab reaches the new note, the first of the list.
  await page.keyboard.press('Tab');
  expect((await focused()).text).toMatch(/^Bearbeiten/);
  await expect.poll(() => notes.locator('li').first().textContent()).toContain('Kursraum in Wolmirstedt zugesagt.');

  await press(notes.locator('li').first().getByRole('button', { name: /^Löschen/ }));
  await press(page.getByRole('alertdialog').getByRole('button', { name: 'Vermerk löschen' }));
  await expect.poll(() => notes.textContent()).not.toContain('Kursraum in Wolmirstedt zugesagt.');
  await expectFocus({ tag: 'H2', text: 'Fortschrittsvermerke' });

  const status = page.getByRole('region', { name: 'Status ändern' });
  const select = status.getByLabel('Neuer Status');
  const current = await select.inputValue();
  const other = await select.locator('option').evaluateAll((options, value) => (options as HTMLOptionElement[]).find((o) => o.value !== value)!.value, current);
  await select.selectOption(other);
  await press(status.getByRole('button', { name: 'Status ändern' }));
  await status.getByRole('status').filter({ hasText: 'Der Status ist jetzt' }).waitFor();
  await expectFocus({ tag: 'BUTTON', text: 'Status ändern' });
});

test('after "Bewertung speichern" the focus stays on the button, beside "Bewertung gespeichert."', async () => {
  await go(paths.reviews());
  await page.getByRole('button', { name: 'Evaluation eröffnen' }).click();
  await page.waitForURL(/\/auswertung\/evaluationen\/[0-9a-f-]{36}$/);
  const goal = page.locator('main section.review-goal').first();
  await goal.getByLabel('Erkenntnisse', { exact: true }).fill('Kurse voll belegt.');
  await press(goal.getByRole('button', { name: 'Bewertung speichern' }));
  await goal.getByRole('status').filter({ hasText: 'Bewertung gespeichert.' }).waitFor();
  await expectFocus({ tag: 'BUTTON', text: 'Bewertung speichern' });
});

test('"Meldung senden" focuses the confirmation; under Korrekturmeldungen "Verwerfen" opens into the reason and "Abbrechen" returns to "Verwerfen"', async () => {
  const [offer] = (await readTable<{ id: string; archived: boolean; deleted: boolean }>(page, 'offers')).filter((o) => !o.archived && !o.deleted);
  await go(paths.offerReport(offer!.id));
  await page.getByLabel(/^Was ist veraltet\?/).fill('Die Telefonnummer ist nicht mehr vergeben.');
  await press(page.getByRole('button', { name: 'Meldung senden' }));
  const sent = await expectFocus({ id: 'report-sent' });
  expect(sent.text).toContain('Zurück');

  await go(paths.corrections());
  const report = page.locator('main li.card', { hasText: 'Die Telefonnummer ist nicht mehr vergeben.' });
  await press(report.getByRole('button', { name: 'Verwerfen' }));
  await expectFocus({ tag: 'TEXTAREA' });
  expect(await report.getByLabel(/^Begründung/).evaluate((element) => element === document.activeElement)).toBe(true);
  await press(report.getByRole('button', { name: 'Abbrechen' }));
  await expectFocus({ tag: 'BUTTON', text: 'Verwerfen' });
});

test('after "1 Messwert übernehmen" the focus is on the result, "1 Messwert übernommen."', async () => {
  const indicators = await readTable<{ id: string; name: string; unit: string; period: string; deleted: boolean }>(page, 'indicators');
  const yearly = indicators.find((indicator) => !indicator.deleted && indicator.period === 'yearly')!;
  await go(paths.csv());
  const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
  const row = `;${yearly.name};2010;;;12,5;${yearly.unit};Testdatei;`;
  await page.getByLabel('CSV-Datei').setInputFiles({ name: 'messwerte.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\r\n${row}\r\n`) });
  await press(page.getByRole('button', { name: '1 Messwert übernehmen' }));
  await expectFocus({ tag: 'P', text: '1 Messwert übernommen.' });
});
