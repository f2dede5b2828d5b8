// Whether this page runs an older version than the service worker now serves. After a switch
// the page may have been loaded by the old worker just before the new one took over; the app
// shell the worker serves then names another entry script than the one this page runs.

export async function runsOlderShell(): Promise<boolean> {
  const own = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  if (!own) return false;
  try {
    const shell = await (await fetch('/index.html')).text();
    return !shell.includes(`src="${own}"`);
  } catch {
    // Offline without a worker: nothing to compare with, so no reason to reload.
    return false;
  }
}
