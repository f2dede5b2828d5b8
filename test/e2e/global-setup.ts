// Builds the app once for all browser suites; each suite serves it on a port of its own.
import { build } from 'vite';
import { E2E_DIST } from './paths';

export async function setup(): Promise<void> {
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
