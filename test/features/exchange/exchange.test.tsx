// The coordinator exchanges the directory with another directory in Open Referral HSDS format.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { exportHsds } from '../../../src/core/hsds/export';
import { exportSnapshot, replaceAll } from '../../../src/db/snapshot';
import { buildExampleSnapshot } from '../../../src/example/build-example';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { officialExample } from '../../core/hsds/hsds-fixtures';

// Each story plans and renders the whole Börde directory (83 entries); on a busy machine that
// takes longer than the default five seconds.
vi.setConfig({ testTimeout: 20_000 });

let downloaded: Blob[] = [];

beforeEach(async () => {
  freshDatabase();
  await replaceAll(buildExampleSnapshot('2025-01-15T09:00:00.000Z').records);
  downloaded = [];
  // jsdom has no downloads: keep what the app hands to the browser as a file.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloaded.push(blob);
    return 'blob:hsds';
  });
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const directory = async () => {
  const { records } = await exportSnapshot('2025-01-01T00:00:00.000Z');
  return { providers: records.providers, offers: records.offers, locations: records.locations };
};
const jsonFile = (value: unknown, name = 'hsds.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });

test('the downloaded HSDS file, imported again, shows everything unchanged and offers nothing to import', async () => {
  const { user } = renderApp(paths.exchange());
  await user.click(await screen.findByRole('button', { name: 'HSDS-Datei herunterladen' }));
  await screen.findByText('Die Datei wurde erstellt.');
  const text = await downloaded[0]!.text();

  await user.upload(screen.getByLabelText('HSDS-Datei (JSON, höchstens 20 MB)'), new File([text], 'hsds.json'));

  expect(await screen.findByText(/^Vorschau: 0 neu, 0 geändert, \d+ unverändert, 0 abgelehnt\.$/)).toBeInTheDocument();
  expect(screen.getByText('Die Datei bringt nichts Neues: alles ist schon so im Verzeichnis.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Übernehmen' })).not.toBeInTheDocument();
});

test('a file from another directory is previewed, then taken over when the coordinator confirms', async () => {
  const before = await directory();
  const { user } = renderApp(paths.exchange());

  await user.upload(await screen.findByLabelText('HSDS-Datei (JSON, höchstens 20 MB)'), jsonFile([officialExample('organization_full')]));

  expect(await screen.findByText('Vorschau: 2 neu, 0 geändert, 0 unverändert, 0 abgelehnt.')).toBeInTheDocument();
  const row = screen.getByRole('row', { name: /Example Organization Inc\./ });
  expect(within(row).getByText('neu')).toBeInTheDocument();
  expect(within(row).getByText(/Standort „MyCity Civic Center“ wird nicht übernommen/)).toBeInTheDocument();
  expect(await directory()).toEqual(before);

  await user.click(screen.getByRole('button', { name: 'Übernehmen' }));

  expect(await screen.findByText('2 Einträge übernommen.')).toBeInTheDocument();
  const after = await directory();
  expect(after.providers.map((p) => p.name)).toContain('Example Organization Inc.');
  expect(after.offers.find((o) => o.name === 'Community Counselling')?.languages).toEqual(['ur']);
});

test('a file with one broken reference is refused whole: the preview names the offer and nothing can be imported', async () => {
  const before = await directory();
  const page = exportHsds(buildExampleSnapshot('2025-01-15T09:00:00.000Z').records);
  const service = page.contents.flatMap((o) => o.services).find((s) => s.service_at_locations.length > 0)!;
  service.service_at_locations[0]!.location_id = '7d1c2a44-0000-4000-8000-000000000001';
  page.contents[0]!.name = 'Ein neuer Name, der nicht ankommen darf';
  const { user } = renderApp(paths.exchange());

  await user.upload(await screen.findByLabelText('HSDS-Datei (JSON, höchstens 20 MB)'), jsonFile(page));

  expect(await screen.findByText(/1 abgelehnt\.$/)).toBeInTheDocument();
  expect(screen.getByText('Weil Einträge abgelehnt wurden, wird nichts übernommen. Bitte die Datei korrigieren und erneut wählen.')).toBeInTheDocument();
  const row = screen.getByRole('row', { name: new RegExp(service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  expect(within(row).getByText('abgelehnt')).toBeInTheDocument();
  expect(within(row).getByText(/verweist auf den Standort 7d1c2a44-0000-4000-8000-000000000001/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Übernehmen' })).not.toBeInTheDocument();
  expect(await directory()).toEqual(before);
});

test('a file that is not JSON, or far too large, is refused with a clear message', async () => {
  const { user } = renderApp(paths.exchange());
  const input = await screen.findByLabelText('HSDS-Datei (JSON, höchstens 20 MB)');

  await user.upload(input, new File(['{"contents": ['], 'kaputt.json'));
  expect(await screen.findByText(/^Die Datei ist kein gültiges JSON/)).toBeInTheDocument();

  const huge = new File(['x'], 'riesig.json');
  Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
  await user.upload(input, huge);
  expect(await screen.findByText('Die Datei ist 50 MB groß; höchstens 20 MB werden eingelesen.')).toBeInTheDocument();
});

test('a file that says an offer was checked in the future is not taken over, and the coordinator reads why', async () => {
  const before = await directory();
  const organization = officialExample('organization_full') as { services: { assured_date?: string }[] };
  for (const service of organization.services) service.assured_date = '2099-01-01';
  const { user } = renderApp(paths.exchange());

  await user.upload(await screen.findByLabelText('HSDS-Datei (JSON, höchstens 20 MB)'), jsonFile([organization]));
  await user.click(await screen.findByRole('button', { name: 'Übernehmen' }));

  const refusal = await screen.findByText('Die Datei wurde nicht übernommen; nichts wurde geändert:');
  expect(refusal.parentElement).toHaveTextContent(/Zukunft/);
  expect(screen.queryByText(/inzwischen geändert/)).not.toBeInTheDocument();
  expect(await directory()).toEqual(before);
});
