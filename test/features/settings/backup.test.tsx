// The coordinator saves a backup file and restores it on a device whose data has changed.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { exportSnapshot, replaceAll } from '../../../src/db/snapshot';
import { getById, remove, update } from '../../../src/db/repository';
import { freshDatabase, makeLinkedRecords, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';

let downloaded: Blob[] = [];

beforeEach(async () => {
  freshDatabase();
  await replaceAll(makeLinkedRecords());
  downloaded = [];
  // jsdom has no downloads: keep what the app hands to the browser as a file.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloaded.push(blob);
    return 'blob:backup';
  });
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const tables = async () => {
  const { records } = await exportSnapshot('2024-01-01T00:00:00.000Z');
  return records;
};

test('a backup exported in settings restores the data exactly after it was changed', async () => {
  const before = await tables();
  const measure = before.measures[0]!;
  const { user } = renderApp('/einstellungen');

  await user.click(await screen.findByRole('button', { name: 'Als Datei exportieren' }));
  await screen.findByText(/Exportiert: \d+ Einträge\./);
  expect(downloaded).toHaveLength(1);
  const file = new File([await downloaded[0]!.text()], 'sicherung.json', { type: 'application/json' });

  await update('measures', measure.id, { title: 'Später geändert' });
  expect((await getById('measures', measure.id))?.title).toBe('Später geändert');

  await user.upload(screen.getByLabelText('Datei auswählen'), file);
  expect(await screen.findByText(/^Die Sicherung vom .+ ist gültig und enthält:$/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' }));
  const dialog = await screen.findByRole('alertdialog');
  await user.click(within(dialog).getByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' }));

  await screen.findByText(/Import abgeschlossen/);
  expect(await tables()).toEqual(before);
  expect(screen.getByText(/Letzter Export:/)).toBeInTheDocument();
});

test('issue 18.16 export and import count the entries the app holds, not the deleted ones kept for sync', async () => {
  const first = await tables();
  const indicator = first.indicators[0]!;
  const municipalityId = first.municipalities[1]!.id;
  await replaceAll({ ...first, measurements: [2021, 2022, 2023].map((year) => makeMeasurement({ indicatorId: indicator.id, municipalityId, period: String(year) })) });
  const before = await tables();
  const measurements = before.measurements.length;
  const total = Object.values(before).reduce((sum, records) => sum + records.length, 0);
  expect((await remove('measurements', before.measurements[0]!.id)).ok).toBe(true);
  expect((await remove('measurements', before.measurements[1]!.id)).ok).toBe(true);
  const { user } = renderApp('/einstellungen');

  await user.click(await screen.findByRole('button', { name: 'Als Datei exportieren' }));
  expect(await screen.findByText(`Exportiert: ${total - 2} Einträge.`)).toBeInTheDocument();
  const file = new File([await downloaded[0]!.text()], 'sicherung.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Datei auswählen'), file);
  expect(await screen.findByText(`Messwerte: ${measurements - 2}`)).toBeInTheDocument();
  expect(screen.getByText('Dazu 2 gelöschte Einträge, die die Sicherung als Löschvermerke für die Synchronisierung aufbewahrt.')).toBeInTheDocument();
});

test('a broken backup is rejected with its problems listed and nothing changes', async () => {
  const before = await tables();
  const snapshot = await exportSnapshot();
  const broken = structuredClone(snapshot);
  broken.records.measures[0]!.title = '';
  (broken.records.goals as unknown[]).push({ id: 'not-a-uuid' });
  const { user } = renderApp('/einstellungen');

  await user.upload(
    await screen.findByLabelText('Datei auswählen'),
    new File([JSON.stringify(broken)], 'kaputt.json', { type: 'application/json' }),
  );

  expect(await screen.findByText(/Die Datei wurde abgelehnt: \d+ Probleme\. Es wurde nichts geändert\./)).toBeInTheDocument();
  expect(screen.getByText(/Maßnahmen Nr\. 1: Titel ist ein Pflichtfeld\./)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' })).not.toBeInTheDocument();
  await waitFor(async () => expect(await tables()).toEqual(before));
});

test('a file that is not JSON is rejected', async () => {
  const { user } = renderApp('/einstellungen');
  await user.upload(await screen.findByLabelText('Datei auswählen'), new File(['{ kaputt'], 'x.json', { type: 'application/json' }));
  expect(await screen.findByText(/Die Datei wurde abgelehnt: 1 Problem\./)).toBeInTheDocument();
});
