// What a very first visit of the overview downloads: every same-origin script, stylesheet and
// JSON file, each gzip-compressed as a server would send it. Shared by the first-load budget
// test and `npm run audit`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser';

export type Loaded = { file: string; type: 'script' | 'stylesheet' | 'data'; gzip: number };

export async function firstLoad(url: string, distDir: string): Promise<Loaded[]> {
  const browser = await launchBrowser();
  try {
    // No service worker, so every file comes over the network and is seen exactly once (the
    // worker's precache of every other screen is not what the first page needs).
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const requested = new Map<string, Loaded['type']>();
    page.on('request', (request) => {
      if (!request.url().startsWith(url)) return;
      const type = request.resourceType();
      const file = new URL(request.url()).pathname;
      if (type === 'script' || type === 'stylesheet') requested.set(file, type);
      else if (type === 'fetch' && file.endsWith('.json')) requested.set(file, 'data');
    });
    await page.goto(url);
    // The overview with the example's fields of action: the example is stored and shown.
    await page.locator('main a[href^="/handlungsfelder/"]').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await context.close();
    const loaded: Loaded[] = [];
    for (const [file, type] of requested) {
      const body = await readFile(path.join(distDir, decodeURIComponent(file)));
      loaded.push({ file, type, gzip: gzipSync(body, { level: 9 }).length });
    }
    return loaded;
  } finally {
    await browser.close();
  }
}

export function totalKb(loaded: Loaded[], type: Loaded['type']): number {
  return loaded.filter((l) => l.type === type).reduce((total, l) => total + l.gzip, 0) / 1024;
}
