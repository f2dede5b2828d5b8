import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setExampleSource } from '../src/db/example';
import { buildExampleSnapshot } from '../src/example/build-example';

// Tests have no server for the example file the build writes; they build the same example.
setExampleSource(() => Promise.resolve(buildExampleSnapshot(new Date().toISOString())));

afterEach(() => {
  cleanup();
});
