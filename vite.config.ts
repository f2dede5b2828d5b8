import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { exampleSnapshot } from './scripts/example-snapshot.ts';

const port = Number(process.env.PORT ?? 8080);

// Shown in the footer, so a person (and the update test) can tell which build runs.
const appBuild = process.env.APP_BUILD ?? new Date().toISOString().slice(0, 16).replace('T', ' ');
const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * A browser must never take the service worker (or the script that registers it) from its
 * HTTP cache, or an installed app would not see a new version for up to a day. The preview
 * and dev servers say so here; deployments set the same header (README, "Deployment").
 */
export const uncachedServiceWorkerFiles = /^\/(sw\.js|registerSW\.js|workbox-[\w-]+\.js|manifest\.webmanifest)(\?.*)?$/;

function serviceWorkerUncached(): Plugin {
  const headers = (url: string | undefined, setHeader: (name: string, value: string) => void) => {
    if (url && uncachedServiceWorkerFiles.test(url)) setHeader('Cache-Control', 'no-cache');
  };
  return {
    name: 'service-worker-uncached',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        headers(req.url, (name, value) => res.setHeader(name, value));
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        headers(req.url, (name, value) => res.setHeader(name, value));
        next();
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    __APP_BUILD__: JSON.stringify(appBuild),
    // Only a built app has a service worker (import.meta.env.DEV is no guide: a build started
    // from a test runner with NODE_ENV=test counts as DEV, yet must register its worker).
    __SERVICE_WORKER__: JSON.stringify(command === 'build'),
  },
  plugins: [
    react(),
    serviceWorkerUncached(),
    exampleSnapshot(),
    VitePWA({
      // The app asks before it switches versions (src/app/pwa/UpdateBanner.tsx) and registers
      // the worker itself through workbox-window (src/app/pwa/register.ts).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Integrationskonzept',
        short_name: 'Integration',
        description: 'Integrationskonzept des Landkreises: Ziele, Maßnahmen, Indikatoren, Bedarfe und Angebote – auch offline.',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // --brand and --wash in src/app/styles.css
        theme_color: '#1d4f7a',
        background_color: '#f3f5f8',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route's chunk is precached, so each screen opens offline, not only the ones visited.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so it works offline without a reload;
        // later versions wait until the person accepts (SKIP_WAITING from the update banner).
        clientsClaim: true,
        skipWaiting: false,
        // The example data file is large; it must be offline too.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        runtimeCaching: [],
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // react-router's package exports only its development build, warnings and all
    // (remix-run/react-router#14102); a built app takes the production build it ships beside it.
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }] : [],
  },
  server: { host: '127.0.0.1', port },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // No lists of each lazy screen's chunks for preloading: they cost the first load 2 KB
    // (gzip) and save a round trip only where no service worker serves the chunks from its
    // precache. Stylesheets of lazy screens are still loaded with them.
    modulePreload: false,
    // Every module the first screen needs in one chunk: left to itself, the bundler cut the
    // shell into a dozen small chunks (React, the router, Dexie, a few helpers), each with its
    // own imports and compressed on its own, 2.5 KB (gzip) more for the same code.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Screens load lazily, as in the app; on a busy two-core machine a first render of the
    // whole app can take a few seconds, which is load, not a failure.
    testTimeout: 20_000,
  },
}));
