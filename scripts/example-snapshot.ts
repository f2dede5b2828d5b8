// Vite plugin: writes the example concept as the JSON file the app fetches on a new device
// (src/db/example.ts). The builder is TypeScript from src/, so it runs through Vite's module
// runner rather than being bundled into the config. The dev server builds it on request.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { runnerImport } from 'vite';
import type * as CheckedExampleModule from '../src/example/checked-example';

type CheckedExample = typeof CheckedExampleModule;

async function loadBuilder(): Promise<CheckedExample> {
  const file = fileURLToPath(new URL('../src/example/checked-example.ts', import.meta.url));
  const { module } = await runnerImport<CheckedExample>(file, { configFile: false, logLevel: 'error' });
  return module;
}

export function exampleSnapshot(): Plugin {
  return {
    name: 'example-snapshot',
    async generateBundle() {
      const { EXAMPLE_SNAPSHOT_FILE, checkedExampleJson } = await loadBuilder();
      this.emitFile({ type: 'asset', fileName: EXAMPLE_SNAPSHOT_FILE, source: checkedExampleJson(new Date().toISOString()) });
    },
    async configureServer(server) {
      const { EXAMPLE_SNAPSHOT_FILE, checkedExampleJson } = await loadBuilder();
      server.middlewares.use(`/${EXAMPLE_SNAPSHOT_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(checkedExampleJson(new Date().toISOString()));
      });
    },
  };
}
