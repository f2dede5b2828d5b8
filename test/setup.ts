import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../src/app/i18n';
import { setExampleSource } from '../src/db/example';
import { buildExampleSnapshot } from '../src/example/build-example';

// Tests have no server for the example file the build writes; they build the same example.
setExampleSource(() => Promise.resolve(buildExampleSnapshot(new Date().toISOString())));

// A screen's first visit in a test file waits for its lazy chunk to be transformed, which on a
// busy machine (CI, two cores) takes longer than the library's default 1 s; a missing element
// still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// The app fetches English when a person chooses it; tests that render in English expect it there.
await loadLanguage('en');

// jsdom knows <dialog> but not its modal methods: opening and closing is all the component
// tests need (focus trapping, Esc and the backdrop are the browser's, tested in test/e2e).
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
};

afterEach(() => {
  cleanup();
});
