// After an update, a tab still running the old version may ask for a lazy chunk that the
// new version no longer has (its file name carries a content hash). A reload loads the
// new version's chunks. The time of that reload is kept in sessionStorage, so if the chunk
// is missing for another reason (a broken deployment) the tab shows an error instead of
// reloading in a loop.
const KEY = 'chunkReloadAt';
export const RELOAD_GUARD_MS = 60_000;

const patterns = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload helper
  /'text\/html' is not a valid JavaScript MIME type/i, // the fallback page served for a missing chunk
];

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return patterns.some((pattern) => pattern.test(message));
}

/** Reloads unless this tab already did so for a missing chunk within the last minute. */
export function reloadOnceForNewVersion(storage: Storage, reload: () => void, now: number): boolean {
  const last = Number(storage.getItem(KEY) ?? 0);
  if (Number.isFinite(last) && now - last < RELOAD_GUARD_MS) return false;
  storage.setItem(KEY, String(now));
  reload();
  return true;
}
