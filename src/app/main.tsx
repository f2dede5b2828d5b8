import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { loadAuthor } from '../db/author';
import { ensureExampleLoaded } from '../db/example';
import { openStorage, reportIfQuotaError, requestPersistenceOnce } from '../db/storage-status';
import { captureInstallPrompt } from '../ui/install-prompt';
import { initI18n } from './i18n';
import { AppRoot } from './pwa/AppRoot';
import { registerServiceWorker } from './pwa/register';
import { appRoutes } from './routes';
import './styles.css';

// Before anything awaits: Chromium fires `beforeinstallprompt` early and only once.
captureInstallPrompt();

// A write that fails for lack of space, anywhere in the app, leads to the storage page.
window.addEventListener('unhandledrejection', (event) => {
  if (reportIfQuotaError(event.reason)) event.preventDefault();
});

async function start(): Promise<void> {
  await initI18n();
  const stored = await openStorage();
  if (stored) {
    await loadAuthor().catch((error: unknown) => console.error('Reading settings failed', error));
    // Screens read through live queries, so they fill in as soon as the example is stored.
    ensureExampleLoaded().catch((error: unknown) => {
      if (!reportIfQuotaError(error)) console.error('Loading the example failed', error);
    });
    requestPersistenceOnce(new Date().toISOString()).catch((error: unknown) => console.info('Persistent storage not available', error));
  }
  const router = createBrowserRouter(appRoutes);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppRoot router={router} />
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
