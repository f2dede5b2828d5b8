// A tab still on the old version asks for a chunk that the new version replaced.
import { describe, expect, test, vi } from 'vitest';
import { isChunkLoadError, RELOAD_GUARD_MS, reloadOnceForNewVersion } from '../../src/app/pwa/chunk-reload';

describe('a vanished lazy chunk', () => {
  test('is recognised in the words of Chromium, Firefox and Safari, and nothing else is', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/SettingsPage-1.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError(undefined)).toBe(false);
  });

  test('reloads the tab once, and not again in a loop if the chunk stays missing', () => {
    const reload = vi.fn();
    const start = 1_000_000;
    expect(reloadOnceForNewVersion(sessionStorage, reload, start)).toBe(true);
    expect(reloadOnceForNewVersion(sessionStorage, reload, start + 5_000)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // Much later (another update), a reload is allowed again.
    expect(reloadOnceForNewVersion(sessionStorage, reload, start + RELOAD_GUARD_MS + 1)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
