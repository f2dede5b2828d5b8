import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { loadAuthor } from '../db/author';
import { ensureExampleLoaded } from '../db/example';
import { initI18n } from './i18n';
import { appRoutes } from './routes';
import './styles.css';

async function start(): Promise<void> {
  await initI18n();
  await loadAuthor().catch((error: unknown) => console.error('Reading settings failed', error));
  // Screens read through live queries, so they fill in as soon as the example is stored.
  ensureExampleLoaded().catch((error: unknown) => console.error('Loading the example failed', error));
  const router = createBrowserRouter(appRoutes);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}

void start();
