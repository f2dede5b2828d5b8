// A caseworker checks in the settings whether the data on the tablet is safe, and is
// reminded when changes have waited too long for a backup.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { getMeta, setMeta, update } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { LAST_CHANGE_KEY, LAST_EXPORT_KEY } from '../../../src/db/storage-status';
import { freshDatabase, makeLinkedRecords } from '../../factories';
import { renderApp } from '../../render-app';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let stored: ReturnType<typeof makeLinkedRecords>;

beforeEach(async () => {
  freshDatabase();
  stored = makeLinkedRecords();
  await replaceAll(stored);
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** jsdom has no StorageManager; a browser that granted persistence and reports its usage. */
function browserStorage(persisted: boolean, usage: number, quota: number) {
  vi.stubGlobal('navigator', {
    ...navigator,
    onLine: true,
    storage: { persisted: () => Promise.resolve(persisted), persist: () => Promise.resolve(true), estimate: () => Promise.resolve({ usage, quota }) },
  });
}

const storageFacts = async () => within(await screen.findByRole('region', { name: 'Speicher und Sicherung' }, { timeout: 5000 }));

describe('storage in the settings', () => {
  test('shows that the browser keeps the data, the space used and available, and that nothing was synced yet', async () => {
    browserStorage(true, 3 * 1024 * 1024, 103 * 1024 * 1024);
    await setMeta(LAST_EXPORT_KEY, '2025-03-04T10:30:00.000Z');
    renderApp('/einstellungen');
    const facts = await storageFacts();
    expect(await facts.findByText(/^gewährt/)).toBeInTheDocument();
    expect(await facts.findByText('3 MB belegt, 100 MB verfügbar')).toBeInTheDocument();
    expect(facts.getByText('Letzte Synchronisierung').nextElementSibling).toHaveTextContent('noch nie');
    await waitFor(() => expect(facts.getByText('Letzter Export').nextElementSibling).toHaveTextContent('04.03.2025'));
  });

  test('where persistence was not granted, the person can ask for it', async () => {
    browserStorage(false, 0, 1024);
    const { user } = renderApp('/einstellungen');
    const facts = await storageFacts();
    await user.click(await facts.findByRole('button', { name: 'Dauerhaften Speicher anfordern' }));
    expect(await facts.findByText(/^gewährt/)).toBeInTheDocument();
  });

  test('a browser without the storage API is named as such, not as an error', async () => {
    renderApp('/einstellungen');
    const facts = await storageFacts();
    expect(await facts.findByText('wird von diesem Browser nicht unterstützt')).toBeInTheDocument();
    expect(await facts.findByText('unbekannt')).toBeInTheDocument();
  });
});

describe('the backup reminder', () => {
  test('an edit is recorded as the latest local change', async () => {
    expect(await getMeta(LAST_CHANGE_KEY)).toBeUndefined();
    await update('measures', stored.measures[0]!.id, { title: 'Neu betitelt' });
    const changed = await getMeta<string>(LAST_CHANGE_KEY);
    expect(changed).toBeDefined();
    expect(Date.now() - Date.parse(changed!)).toBeLessThan(DAY);
  });

  test('changes unsaved for ten days bring a reminder, which an export removes', async () => {
    await setMeta(LAST_CHANGE_KEY, daysAgo(10));
    const { user } = renderApp('/');
    const reminder = await screen.findByText(/seit mehr als 7 Tagen weder exportiert noch synchronisiert/);
    await user.click(within(reminder).getByRole('link', { name: 'Jetzt eine Sicherung exportieren' }));
    await user.click(await screen.findByRole('button', { name: 'Als Datei exportieren' }));
    await waitFor(() => expect(screen.queryByText(/weder exportiert noch synchronisiert/)).not.toBeInTheDocument());
  });

  test('a longer interval chosen in the settings holds the reminder back; a wrong entry is explained', async () => {
    await setMeta(LAST_CHANGE_KEY, daysAgo(10));
    const { user } = renderApp('/einstellungen');
    await screen.findByText(/seit mehr als 7 Tagen/);
    const days = screen.getByLabelText(/Erinnern, wenn Änderungen/);

    await user.clear(days);
    await user.type(days, 'zwei');
    await user.click((await storageFacts()).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte eine ganze Zahl von 1 bis 365 eingeben.');
    expect(days).toHaveValue('zwei');

    await user.clear(days);
    await user.type(days, '30');
    await user.click((await storageFacts()).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Erinnerung gespeichert.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/weder exportiert noch synchronisiert/)).not.toBeInTheDocument());
  });
});
