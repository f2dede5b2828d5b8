// Steps the offline and update suites share: wait for the service worker, read ids straight
// from the browser's IndexedDB, and the headline of the screen on show.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Resolves once a service worker controls the page (the first install claims it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Polled on a timer: the default (animation frames) never asks again on a tablet page that
  // draws no frames, and the claim then goes unseen (sync-reach.e2e.ts waited 30 s for it).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { polling: 200 });
}

/** Waits until the example is stored (its note shows) on the overview. */
export async function waitForExample(page: Page): Promise<void> {
  // Locator waits (not expect.poll), so suites can call this from beforeAll.
  await page.getByRole('heading', { level: 1, name: 'Überblick' }).waitFor();
  await page.getByText(/^Beispieldaten/).first().waitFor();
}

type Row = { id: string; deleted?: boolean; title?: string; name?: string; period?: string };

/** Live rows of one table, read with the raw IndexedDB API (independent of the app's code). */
export async function readTable<T extends Row = Row>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('integrationskonzept');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as T[]).filter((row) => !row.deleted));
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    table,
  );
}

/** The h1 once the lazy screen has rendered (not the loading state or an error page). */
export async function renderedHeading(page: Page): Promise<string> {
  await expect.poll(async () => ((await heading(page).count()) === 1 ? ((await heading(page).textContent()) ?? '') : '')).not.toBe('');
  return (await heading(page).textContent()) ?? '';
}
