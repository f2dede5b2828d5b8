// Builds the app once for all browser suites; each suite serves it on a port of its own.
import { build } from 'vite';
import { E2E_DIST } from './paths';

export async function setup(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true, sourcemap: false } });
}
