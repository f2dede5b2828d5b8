// Draws the app icons (PNG) from the same shapes as public/favicon.svg, in Debian's Chromium.
// Run: npx tsx scripts/make-icons.ts — the PNGs are committed; run it again only when the logo changes.
// "any" icons keep the rounded corners (transparent outside); the maskable and Apple icons are
// full-bleed squares (the platform cuts its own shape), with the figure inside the 80 % safe zone.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const figure = '<circle cx="22" cy="26" r="8" fill="#fff"/><circle cx="42" cy="26" r="8" fill="#f2c14e"/><path d="M10 52c2-10 8-14 12-14s10 4 12 14zM30 52c2-10 8-14 12-14s10 4 12 14z" fill="#fff" opacity=".9"/>';
const brand = '#1d4f7a';

const fullBleed = (scale: number) => {
  const offset = (64 - 64 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${brand}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${figure}</g></svg>`;
};

const icons: { file: string; size: number; svg: string; transparent: boolean }[] = [];

async function main(): Promise<void> {
  const favicon = await readFile(path.join(root, 'public/favicon.svg'), 'utf8');
  icons.push(
    { file: 'public/icons/icon-192.png', size: 192, svg: favicon, transparent: true },
    { file: 'public/icons/icon-512.png', size: 512, svg: favicon, transparent: true },
    { file: 'public/icons/icon-maskable-512.png', size: 512, svg: fullBleed(0.7), transparent: false },
    { file: 'public/apple-touch-icon.png', size: 180, svg: fullBleed(0.85), transparent: false },
  );
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: icon.transparent, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      await writeFile(path.join(root, icon.file), png);
      console.log(`${icon.file}: ${icon.size}x${icon.size}, ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
