// Registers the service worker (built by vite-plugin-pwa, see vite.config.ts) and follows
// its updates. A new version installs in the background and then waits; the update banner
// offers it, and only when the person accepts (and no form holds unsaved input) does the
// waiting worker take over (SKIP_WAITING) and the page reload on `controllerchange`.
// Installed apps on tablets stay open for days, so the app also looks for a new version
// whenever it comes back to the foreground.
import { Workbox } from 'workbox-window';

export type UpdatePhase =
  /** Nothing new. */
  | 'none'
  /** A new version is installed and waiting for the person's go. */
  | 'waiting'
  /** The person accepted; the new worker is taking over and the page will reload. */
  | 'activating'
  /** Another tab switched to the new version; this one still runs the old code. */
  | 'activated_elsewhere';

// How long the new worker gets to take over before the page reloads into it.
const TAKEOVER_GRACE_MS = 3000;

let phase: UpdatePhase = 'none';
let workbox: Workbox | null = null;
const listeners = new Set<() => void>();

function setPhase(next: UpdatePhase): void {
  phase = next;
  for (const listener of listeners) listener();
}

export function updatePhase(): UpdatePhase {
  return phase;
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test seam for component tests: the phase a registration would report. */
export function simulateUpdatePhase(next: UpdatePhase): void {
  setPhase(next);
}

export function registerServiceWorker(): void {
  if (!__SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  workbox = wb;
  let controlled = navigator.serviceWorker.controller !== null;

  // Also fires at start when a worker was already waiting from an earlier visit.
  wb.addEventListener('waiting', () => {
    if (phase === 'none') setPhase('waiting');
  });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The very first install claims the page (clientsClaim): nothing to reload then.
    const firstInstall = !controlled;
    controlled = true;
    if (firstInstall) return;
    if (phase === 'activating') window.location.reload();
    else setPhase('activated_elsewhere');
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });

  wb.register().catch((error: unknown) => console.error('Service worker registration failed', error));
}

/** Asks the server whether a new service worker exists. */
export async function checkForUpdate(): Promise<void> {
  try {
    await workbox?.update();
  } catch (error) {
    // Offline, or the server is unreachable: the next visibility change tries again.
    console.info('Update check failed', error);
  }
}

/** Switches to the waiting version; the caller has made sure no form holds unsaved input. */
export function applyUpdate(): void {
  if (phase === 'waiting' && workbox) {
    setPhase('activating');
    workbox.messageSkipWaiting();
    // Chromium sometimes holds the new worker back for as long as this page lives (seen right
    // after a form saved and its screen changed), so the click would do nothing. A reload lets
    // it take over; nothing is lost, as the caller made sure no form holds unsaved input.
    setTimeout(() => window.location.reload(), TAKEOVER_GRACE_MS);
  } else {
    window.location.reload();
  }
}
