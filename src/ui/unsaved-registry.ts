// Every form on screen that holds unsaved input, app-wide. The update banner asks here before
// it reloads the app into a new version, so typed text is never lost to an update.
// (src/ui/dirty-forms.ts is the per-screen guard for navigation; this one spans the app.)
export type UnsavedCheck = () => boolean;

const checks = new Set<UnsavedCheck>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

/** A form registers while mounted; the returned function unregisters it. */
export function registerUnsaved(check: UnsavedCheck): () => void {
  checks.add(check);
  changed();
  return () => {
    checks.delete(check);
    changed();
  };
}

/** A registered form tells the registry that its dirty state may have changed. */
export function unsavedChanged(): void {
  changed();
}

export function anyUnsaved(): boolean {
  return [...checks].some((check) => check());
}

/** For useSyncExternalStore: the snapshot changes whenever a form's state may have changed. */
export function subscribeUnsaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function unsavedVersion(): number {
  return version;
}
