// Registers the service worker (built by vite-plugin-pwa, see vite.config.ts) and follows
// its updates. A new version installs in the background and then waits; the update banner
// offers it, and only when the person accepts (and no form holds unsaved input) does the
// waiting worker take over (SKIP_WAITING) and the page reload on `controllerchange`.
// Installed apps on tablets stay open for days, so the app also looks for a new version
// whenever it comes back to the foreground.
import { Workbox } from 'workbox-window';
import { anyUnsaved } from '../../ui/unsaved-registry';
import { runsOlderShell } from './older-shell';

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
// The person's go survives that reload: the reloaded page may still come from the old worker
// (the new one takes over while it loads, or is still waiting), and it finishes the switch
// instead of offering the update again. A few attempts at most, then the banner asks again.
const ACCEPTED_KEY = 'pwa-update-accepted';
const MAX_ATTEMPTS = 3;
const RESUME_MS = 15_000;

/** How many reloads this update has already taken, when the page was reloaded to apply it. */
function takeAcceptedAttempts(): number {
  try {
    const attempts = Number(sessionStorage.getItem(ACCEPTED_KEY) ?? 0);
    sessionStorage.removeItem(ACCEPTED_KEY);
    return attempts;
  } catch {
    return 0;
  }
}

let attempts = 0;

/**
 * Reloads to finish the switch, unless someone has begun typing since the go: then the banner
 * offers the update again and waits for the save, as it did before the go.
 */
function reloadToFinish(): void {
  if (anyUnsaved()) {
    if (phase === 'activating') setPhase('waiting');
    return;
  }
  try {
    sessionStorage.setItem(ACCEPTED_KEY, String(attempts + 1));
  } catch {
    // Without session storage the reloaded page offers the update again: nothing is lost.
  }
  window.location.reload();
}

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
  attempts = takeAcceptedAttempts();
  // Reloaded to apply an update the person accepted: for a short while after loading, a
  // waiting worker is switched to and a takeover reloads, without asking again.
  const resumeUntil = attempts > 0 && attempts <= MAX_ATTEMPTS ? Date.now() + RESUME_MS : 0;
  const resuming = () => Date.now() < resumeUntil;

  // Also fires at start when a worker was already waiting from an earlier visit.
  wb.addEventListener('waiting', () => {
    if (phase !== 'none') return;
    setPhase('waiting');
    if (resuming()) applyUpdate();
  });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The very first install claims the page (clientsClaim): nothing to reload then.
    const firstInstall = !controlled;
    controlled = true;
    if (firstInstall) return;
    if ((phase === 'activating' || resuming()) && !anyUnsaved()) window.location.reload();
    else setPhase('activated_elsewhere');
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });

  wb.register()
    .then(async (registration) => {
      // The new worker took over before this page listened: reload once more if it runs the old shell.
      if (resuming() && !registration?.waiting && !registration?.installing && (await runsOlderShell())) reloadToFinish();
    })
    .catch((error: unknown) => console.error('Service worker registration failed', error));
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
    setTimeout(reloadToFinish, TAKEOVER_GRACE_MS);
  } else {
    window.location.reload();
  }
}
