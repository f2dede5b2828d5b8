// Looks at a printout as a person would: poppler's pdftoppm renders each page of the PDF to
// a greyscale image, and each page is measured by its ink, so a test can tell a blank or
// nearly blank page, a page flooded with black, or a document that spills onto a second sheet.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One rendered page: width × height grey values, 0 black to 255 white. */
export type PageImage = { width: number; height: number; pixels: Uint8Array };

export type PageInk = {
  /** Share of the page's pixels that are dark. */
  ink: number;
  /** Share of the page's pixel rows that hold any dark pixel. */
  inkedRows: number;
};

const DARK = 160;

/** Reads a binary PGM (P5) as pdftoppm writes it. */
function readPgm(file: Buffer): PageImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM image');
  const [, width, height] = header.map(Number) as [number, number, number, number];
  return { width, height, pixels: new Uint8Array(file.subarray(header[0].length, header[0].length + width * height)) };
}

/** Writes `pdf` to a temporary folder for poppler's tools, and removes it afterwards. */
function withPdfFile<T>(pdf: Buffer, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'printout-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    return read(path.join(dir, 'doc.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders every page of `pdf` in grey at `dpi` dots per inch. */
export function renderPages(pdf: Buffer, dpi = 30): PageImage[] {
  return withPdfFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => readPgm(readFileSync(path.join(dir, name))));
  });
}

/** The number of pages as poppler counts them. */
export function pageCount(pdf: Buffer): number {
  const info = withPdfFile(pdf, (file) => execFileSync('pdfinfo', [file]).toString());
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** The text a reader of the paper sees, page by page (pdftotext ends each page with a form feed). */
export function pageTexts(pdf: Buffer): string[] {
  const text = withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-']).toString());
  return text.split('\f').slice(0, -1);
}

/**
 * The whole text in reading order (pdftotext without -layout keeps each column together), with
 * every run of white space, line breaks included, made one space: a wrapped sentence reads as one.
 */
export function flowingText(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', [file, '-']).toString()).replace(/\s+/g, ' ');
}

/** How much of a page (or of a band of it, as fractions of its height) is ink. */
export function inkOf(page: PageImage, band: { from: number; to: number } = { from: 0, to: 1 }): PageInk {
  const top = Math.floor(page.height * band.from);
  const bottom = Math.ceil(page.height * band.to);
  let dark = 0;
  let rows = 0;
  for (let y = top; y < bottom; y += 1) {
    let rowDark = 0;
    for (let x = 0; x < page.width; x += 1) if (page.pixels[y * page.width + x]! < DARK) rowDark += 1;
    dark += rowDark;
    if (rowDark > 0) rows += 1;
  }
  const height = Math.max(1, bottom - top);
  return { ink: dark / (height * page.width), inkedRows: rows / height };
}

/** Share of a band's pixels that are not paper-white (a grey wash shows here, ink too). */
export function tintOf(page: PageImage, band: { from: number; to: number }): number {
  const top = Math.floor(page.height * band.from);
  const bottom = Math.ceil(page.height * band.to);
  let tinted = 0;
  for (let i = top * page.width; i < bottom * page.width; i += 1) if (page.pixels[i]! < 250) tinted += 1;
  return tinted / Math.max(1, (bottom - top) * page.width);
}

/**
 * Share of a page covered by solid dark blocks of `size` × `size` pixels. Text, lines and
 * small markers leave almost none; a filled shape (a chart line filled black, a legend
 * sample blown up to page width) covers much.
 */
export function solidShare(page: PageImage, size = 4): number {
  let solid = 0;
  let blocks = 0;
  for (let y = 0; y + size <= page.height; y += size) {
    for (let x = 0; x + size <= page.width; x += size) {
      blocks += 1;
      let dark = true;
      for (let dy = 0; dy < size && dark; dy += 1) {
        for (let dx = 0; dx < size && dark; dx += 1) if (page.pixels[(y + dy) * page.width + x + dx]! >= DARK) dark = false;
      }
      if (dark) solid += 1;
    }
  }
  return solid / Math.max(1, blocks);
}

/**
 * With PRINTOUT_DIR set, keeps a printout for a person to look at
 * (`PRINTOUT_DIR=/tmp/prints npm run test:e2e`, then `pdftoppm -png` the files).
 */
export function keepPrintout(name: string, pdf: Buffer): void {
  const dir = process.env.PRINTOUT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.pdf`), pdf);
}
