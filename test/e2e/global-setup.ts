// Builds the app once for all browser suites; each suite serves it on a port of its own.
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { E2E_DIST } from './paths';

/** Debian packages the print tests look at paper with; scripts/test.sh installs them. */
const tools = { pdftoppm: 'poppler-utils', pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', zbarimg: 'zbar-tools' };

export async function setup(): Promise<void> {
  for (const [tool, pkg] of Object.entries(tools)) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing: install Debian's ${pkg} (bash scripts/test.sh does).`);
    }
  }
  // Vitest sets NODE_ENV=test, which would give React's development build; the browser
  // suites test what people get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
