// The server suites: real HTTP on 127.0.0.1 against the store STORE names (sqlite, the
// default, or postgres with TEST_DATABASE_URL from scripts/with-postgres.sh). `npm run
// test:server` runs them once per store.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/server/**/*.server.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
