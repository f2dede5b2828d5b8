// Every form on screen that holds unsaved input, app-wide: the one place that knows. The
// navigation guard (src/ui/form/UnsavedChangesGuard.tsx, mounted once by the layout) asks here
// before a link leaves the screen, and the update banner before it reloads the app into a new
// version, so typed text is lost neither to a link nor to an update. useForm registers each
// form while it is mounted; a screen with several forms needs nothing more.
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
