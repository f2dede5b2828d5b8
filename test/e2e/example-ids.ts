// Real ids of the loaded example, read straight from the page's IndexedDB, so a browser suite
// can visit every screen's URL without clicking its way there.
import type { Page } from 'playwright-core';

export type ExampleIds = Record<string, string | undefined>;

/** The id of the first live record of each table, by table name (undefined when the table is empty). */
export async function readExampleIds(page: Page, tables: string[]): Promise<ExampleIds> {
  return page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('integrationskonzept');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    const ids: Record<string, string | undefined> = {};
    for (const name of names) {
      if (!database.objectStoreNames.contains(name)) continue;
      const rows = await new Promise<{ id: string; deleted?: boolean }[]>((resolve, reject) => {
        const request = database.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as { id: string; deleted?: boolean }[]);
        request.onerror = () => reject(request.error ?? new Error(`reading ${name} failed`));
      });
      ids[name] = rows.find((row) => !row.deleted)?.id;
    }
    database.close();
    return ids;
  }, tables);
}
