// First, so that the screens' own styles (imported by their modules) come after the global ones.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { loadAuthor } from '../db/author';
import { db } from '../db/database';
import { INITIALIZED_KEY } from '../db/meta-keys';
import { openStorage, reportIfQuotaError, requestPersistenceOnce } from '../db/storage-status';
import { captureInstallPrompt } from '../ui/install-prompt';
import { storedLanguage } from '../ui/language';
import { initI18n, loadLanguage } from './i18n';
import { AppRoot } from './pwa/AppRoot';
import { registerServiceWorker } from './pwa/register';
import { markStartupDone } from './startup';
import { startSyncWhenConnected } from './start-sync';
import { appRoutes } from './routes';

// Before anything awaits: Chromium fires `beforeinstallprompt` early and only once.
captureInstallPrompt();

// A write that fails for lack of space, anywhere in the app, leads to the storage page.
window.addEventListener('unhandledrejection', (event) => {
  if (reportIfQuotaError(event.reason)) event.preventDefault();
});

async function start(): Promise<void> {
  const language = storedLanguage();
  // Falls back to German words when English cannot be fetched.
  await loadLanguage(language).catch((error: unknown) => console.error('Loading the language failed', error));
  initI18n(language);
  const stored = await openStorage();
  if (stored) {
    await loadAuthor().catch((error: unknown) => console.error('Reading settings failed', error));
    // Only a new device loads the example module and fetches the example file; a device that
    // already has its data is ready at once, before the first render.
    const initialized = await db().meta.get(INITIALIZED_KEY).catch(() => undefined);
    if (initialized?.value) markStartupDone();
    else
      import('../db/example')
        .then(({ ensureExampleLoaded }) => ensureExampleLoaded())
        .catch((error: unknown) => {
          if (!reportIfQuotaError(error)) console.error('Loading the example failed', error);
        })
        .finally(markStartupDone);
    requestPersistenceOnce(new Date().toISOString()).catch((error: unknown) => console.info('Persistent storage not available', error));
    startSyncWhenConnected();
  }
  else markStartupDone();
  const router = createBrowserRouter(appRoutes);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppRoot router={router} />
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
