// Chromium offers installation through `beforeinstallprompt`, fired once, early, and only
// if a page listens for it. main.tsx starts listening before anything renders; the settings
// show an "App installieren" button while an offer is held. Safari fires nothing: the
// settings explain Share → Add to Home Screen instead.

/** The part of Chromium's BeforeInstallPromptEvent we use (not in TypeScript's DOM types). */
export type InstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

export type InstallState = 'available' | 'unavailable' | 'installed';

let offer: InstallPromptEvent | null = null;
let state: InstallState = 'unavailable';
const listeners = new Set<() => void>();

function set(next: InstallState, nextOffer: InstallPromptEvent | null): void {
  state = next;
  offer = nextOffer;
  for (const listener of listeners) listener();
}

export function captureInstallPrompt(target: Window = window): void {
  if (target.matchMedia?.('(display-mode: standalone)').matches) state = 'installed';
  target.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's own mini-infobar away; the app offers installation in settings.
    event.preventDefault();
    set('available', event as InstallPromptEvent);
  });
  target.addEventListener('appinstalled', () => set('installed', null));
}

export function installState(): InstallState {
  return state;
}

export function subscribeInstall(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; an offer can be used once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  if (!offer) return 'unavailable';
  const current = offer;
  set('unavailable', null);
  await current.prompt();
  const { outcome } = await current.userChoice;
  if (outcome === 'accepted') set('installed', null);
  return outcome;
}
