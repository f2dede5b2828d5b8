// Starts Debian's Chromium headless with the flags this machine needs (no network outside
// loopback, no sandbox as root), and serves the production build on 127.0.0.1.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';
import { E2E_DIST } from './paths';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}

/** Serves the built app on a free loopback port; stop it with server.close(). */
export async function serveBuild(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: E2E_DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/** A tablet-sized page in a fresh profile (empty IndexedDB). */
export async function newTabletPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'de-DE' });
  const page = await context.newPage();
  return { context, page };
}
