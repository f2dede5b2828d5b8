// When the browser gives the app no storage, or the storage runs full, a person sees a page
// that says so and offers to save what is there, never a blank screen.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { AppRoot } from '../../src/app/pwa/AppRoot';
import { appRoutes } from '../../src/app/routes';
import { replaceAll } from '../../src/db/snapshot';
import { openStorage, reportIfQuotaError, reportStorageFailure } from '../../src/db/storage-status';
import { freshDatabase, makeLinkedRecords } from '../factories';

beforeEach(() => {
  initI18n('de');
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  reportStorageFailure(null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const app = () => render(<AppRoot router={createMemoryRouter(appRoutes, { initialEntries: ['/'] })} />);

test('in a private window without IndexedDB the app explains what happened and what to do', async () => {
  vi.stubGlobal('indexedDB', undefined);
  expect(await openStorage(freshDatabase())).toBe(false);
  app();
  expect(await screen.findByRole('heading', { level: 1, name: 'Die Daten dieses Geräts sind nicht erreichbar' })).toBeInTheDocument();
  expect(screen.getByText('Öffnen Sie die App in einem normalen (nicht privaten) Fenster.')).toBeInTheDocument();
});

test('a full storage leads to a page from which the existing data can still be exported', async () => {
  freshDatabase();
  await replaceAll(makeLinkedRecords());
  app();
  // What Dexie reports when a write transaction is aborted for lack of space.
  expect(reportIfQuotaError({ name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError', message: 'quota' } })).toBe(true);
  expect(await screen.findByRole('heading', { level: 1, name: 'Der Speicher dieses Geräts ist voll' })).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Vorhandene Daten als Datei exportieren' }));
  expect(await screen.findByText(/^Exportiert: \d+ Einträge\.$/)).toBeInTheDocument();
  expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
});

test('other failures are not mistaken for a full storage', () => {
  expect(reportIfQuotaError(new Error('Network down'))).toBe(false);
});
