// A caseworker prints a hand-out for a client: one A4 sheet, in German or a right-to-left
// language, with nothing of the app around it, and a QR code that a phone reads back as the
// contact with its umlauts intact. Every offer of the Börde example is printed and looked at:
// Chromium writes the PDF, poppler renders and reads it, zbar decodes the QR code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, serveBuild } from './browser';
import { flowingText, inkOf, keepPrintout, pageCount, pageTexts, renderPages, tintOf } from './pdf-pages';
import { readTable, waitForExample } from './pwa-helpers';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
let context: BrowserContext;
let page: Page;
type OfferRow = { id: string; name: string; providerId: string; archived: boolean };
let offers: OfferRow[];
let providers: Map<string, string>;

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveBuild());
  browser = await launchBrowser();
  // A sharp screenshot of the QR code for the decoder, as a phone camera would see it.
  context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'de-DE', deviceScaleFactor: 3 });
  page = await context.newPage();
  await page.goto(baseUrl);
  await waitForExample(page);
  offers = (await readTable<OfferRow>(page, 'offers')).filter((o) => !o.archived);
  providers = new Map((await readTable(page, 'providers')).map((p) => [p.id, p.name ?? '']));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens an offer's hand-out as a person moving through the app would: no reload. */
async function openHandout(offerId: string, lang: string): Promise<void> {
  await page.evaluate((url) => {
    window.history.pushState({}, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/angebote/${offerId}/handzettel?sprache=${lang}`);
  // The trail links to this offer once its hand-out has replaced the previous one.
  await page.locator(`.breadcrumbs a[href="/angebote/${offerId}"]`).waitFor();
  await page.locator(`.handout-sheet[lang="${lang}"] .handout-qr img`).waitFor();
}

/** The app's own words around a screen: none of them belongs on a client's sheet. */
const chrome = ['Erklärung zur Barrierefreiheit', 'Version', 'Einstellungen', 'Übersicht', 'Drucken und teilen', 'Beispieldaten', 'Handzettel:'];

test('every offer of the example prints its hand-out on exactly one A4 page, in German, Arabic and Ukrainian, whole and without the app around it', { timeout: 600_000 }, async () => {
  expect(offers.length).toBeGreaterThan(30);
  for (const offer of offers) {
    for (const lang of ['de', 'ar', 'uk']) {
      const where = `${offer.name} (${lang})`;
      await openHandout(offer.id, lang);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      keepPrintout(`handout-${offer.id}-${lang}`, pdf);
      expect(pageCount(pdf), where).toBe(1);
      const [text = ''] = pageTexts(pdf);
      expect(text, where).toContain(providers.get(offer.providerId)!.split(' ')[0]);
      for (const word of chrome) expect(text, `${where}: "${word}"`).not.toContain(word);
      // Every example sheet has room for all of its words: nothing is shortened.
      expect(text, `${where}: nothing cut`).not.toContain('…');
      const [sheet] = renderPages(pdf);
      expect(inkOf(sheet!).ink, `${where}: the sheet has content`).toBeGreaterThan(0.01);
      // The bottom margin is paper-white: no grey app background runs into the page.
      expect(tintOf(sheet!, { from: 0.96, to: 1 }), `${where}: white margin`).toBe(0);
    }
  }
});

/** Unfolds a vCard (RFC 2425: a line break followed by a space continues the line). */
const unfold = (card: string) => card.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

test('every hand-out’s QR code reads back as the contact with its umlauts intact, also in a reader that guesses the charset', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
  try {
    let withUmlauts = 0;
    for (const offer of offers) {
      await openHandout(offer.id, 'de');
      const file = path.join(dir, `${offer.id}.png`);
      writeFileSync(file, await page.locator('.handout-qr img').screenshot());
      const card = unfold(execFileSync('zbarimg', ['--raw', '-q', file]).toString().trim());
      const provider = providers.get(offer.providerId)!;
      const escaped = provider.replace(/([,;])/g, '\\$1');
      expect(card[0], offer.name).toBe('BEGIN:VCARD');
      expect(card, offer.name).toContain(`ORG:${escaped}`);
      expect(card, offer.name).toContain(`N:${escaped};;;;`);
      expect(card.join('\n'), `${offer.name}: no mojibake`).not.toMatch(/[\u3000-\u9fff\uff00-\uffef\u00c3\u00e2]/);
      if (/[äöüßÄÖÜ]/.test(card.join('\n'))) withUmlauts += 1;
    }
    // The check means something only if many cards carry umlauts (the example's do).
    expect(withUmlauts).toBeGreaterThan(20);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Writes records straight into the app's IndexedDB (the app reads them on the next load). */
async function putRecords(table: string, records: object[]): Promise<void> {
  await page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('integrationskonzept');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const transaction = open.result.transaction(name, 'readwrite');
          for (const row of rows) transaction.objectStore(name).put(row);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    { name: table, rows: records },
  );
}

const longWebsite = 'https://www.migrationsberatung.org/beratungsstellen/landkreis_boerde/haldensleben/offene_sprechstunde_integrationskurs';
const longNote = (sentence: string, times: number) => Array.from({ length: times }, (_, i) => `${sentence} (${i + 1})`).join(' ');

test('a long website address and a long “Gut zu wissen” print whole on one page, wrapped, in German, Arabic and Ukrainian', { timeout: 120_000 }, async () => {
  type Row = Record<string, unknown> & { id: string; contact: Record<string, string> };
  const [, offer] = await readTable<Row>(page, 'offers');
  const notes = {
    de: longNote('Bitte Ausweis und Aufenthaltstitel mitbringen, eine Anmeldung ist nicht nötig.', 9),
    ar: longNote('يرجى إحضار بطاقة الهوية وتصريح الإقامة، ولا حاجة للتسجيل المسبق.', 9),
    uk: longNote('Будь ласка, візьміть із собою посвідчення особи та дозвіл на проживання.', 9),
  };
  await putRecords('offers', [
    {
      ...offer!,
      contact: { ...offer!.contact, website: longWebsite },
      practicalNotes: notes.de,
      translations: { ar: { name: 'استشارة الهجرة', description: 'استشارة ومرافقة للمهاجرين.', practicalNotes: notes.ar }, uk: { name: 'Міграційна консультація', description: 'Консультація та супровід для мігрантів.', practicalNotes: notes.uk } },
    },
  ]);
  await page.goto(baseUrl);
  await waitForExample(page);
  for (const lang of ['de', 'ar', 'uk'] as const) {
    await openHandout(offer!.id, lang);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    keepPrintout(`handout-long-note-${lang}`, pdf);
    expect(pageCount(pdf), lang).toBe(1);
    // Without the direction marks pdftotext puts around each right-to-left run.
    const text = flowingText(pdf).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    // The address wraps over lines: read without the breaks, it is all there.
    // (pdftotext moves a neutral character such as "_" at a line's end to its start in a
    // right-to-left sheet, where the paper has it in place; so those are left out of the comparison.)
    const neutral = /[ _=?&]/g;
    expect(text.replace(neutral, ''), lang).toContain(longWebsite.replace(neutral, ''));
    expect(text, lang).not.toContain('…');
    // The whole note, to its last sentence. pdftotext reorders the parts of a right-to-left
    // line (and mirrors its brackets), so in Arabic each of the nine sentences is counted instead.
    if (lang !== 'ar') expect(text, lang).toContain(notes[lang]);
    else expect(text.split('المسبق').length - 1, 'every Arabic sentence').toBe(9);
  }
});

const longText = (length: number) => 'Beratung und Begleitung für Zugewanderte in der Börde, ohne Anmeldung. '.repeat(60).slice(0, length);

test('an offer with the longest texts the form allows and many places still prints on one page, shortened, in both directions', { timeout: 120_000 }, async () => {
  type Row = Record<string, unknown> & { id: string };
  const [offer] = await readTable<Row>(page, 'offers');
  const places = (await readTable<Row>(page, 'locations')).slice(0, 9);
  await putRecords('locations', places.map((place) => ({ ...place, directions: longText(1000) })));
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const slots = weekdays.flatMap((weekday) => ['08:00', '10:00', '13:00', '15:00'].map((opens) => ({ weekday, opens, closes: `${String(Number(opens.slice(0, 2)) + 1).padStart(2, '0')}:30` })));
  await putRecords('offers', [
    {
      ...offer!,
      name: longText(300),
      description: longText(4000),
      practicalNotes: longText(2000),
      cost: { free: false, note: longText(1000) },
      openingHours: slots,
      locationIds: places.map((place) => place.id),
      translations: { ar: { name: 'خدمة '.repeat(60), description: 'استشارة ومرافقة للمهاجرين. '.repeat(150), practicalNotes: 'بدون تسجيل مسبق. '.repeat(110) } },
    },
  ]);
  // The app reads records written behind its back on the next start.
  await page.goto(baseUrl);
  await waitForExample(page);
  for (const lang of ['de', 'ar']) {
    await openHandout(offer!.id, lang);
    // The screen keeps every place; the paper names how many it left out.
    expect(await page.locator('.handout-location').count()).toBe(places.length);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    keepPrintout(`handout-longest-${lang}`, pdf);
    expect(pageCount(pdf), lang).toBe(1);
    const [text = ''] = pageTexts(pdf);
    if (lang === 'de') expect(text).toContain(`+ ${places.length - 4} weitere Orte`);
    // Whatever was shortened says so, in the sheet's own script too: the Arabic description
    // ends in "…" like the German one.
    expect(text, lang).toContain('…');
    if (lang === 'ar') expect(flowingText(pdf).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')).toMatch(/[\u0600-\u06ff]…/);
    const [sheet] = renderPages(pdf);
    expect(inkOf(sheet!).ink, lang).toBeGreaterThan(0.03);
  }
});

// No hyphen in it: pdftotext joins a word hyphenated at a line's end, and so would swallow one;
// no "=": in a right-to-left sheet pdftotext moves one at a line's end to the line's start.