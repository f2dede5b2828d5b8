// What a person sees of sync: the header's one line, the sync screen's state and problems, the
// first connection's question, a refused change to undo, a value that lost a conflict, and
// changes carried by file from a device that never gets online. Against a scripted county
// (test/replica/scripted-county.ts) on 127.0.0.1, through the app's own fetch code.
import { screen, waitFor, within } from '@testing-library/react';
import type { Measure } from '../../../src/core/schema';
import { pendingCount } from '../../../src/db/outbox';
import { getById, update } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { syncNow } from '../../../src/replica/sync-engine';
import { freshDatabase, makeLinkedRecords, makeStatusConflict } from '../../factories';
import { renderApp } from '../../render-app';
import { logInAs, ScriptedCounty } from '../../replica/scripted-county';
import { isSyncRunning } from '../../../src/replica/sync-running';

let county: ScriptedCounty;
let downloaded: Blob[] = [];

beforeEach(async () => {
  freshDatabase();
  county = await new ScriptedCounty().start();
  downloaded = [];
  // jsdom has no downloads: keep what the app hands to the browser as a file.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloaded.push(blob);
    return 'blob:sync-test';
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(async () => {
  // A sync a screen started may still be on its way: it ends before the county goes.
  await vi.waitFor(() => expect(isSyncRunning()).toBe(false), { timeout: 10_000 });
  await county.close();
});

/** A caseworker's tablet holding the county's data, synced once. */
async function syncedTablet(name = 'ben') {
  const records = makeLinkedRecords();
  county.storeAll(records);
  await logInAs(name, name === 'anna' ? 'coordinator' : 'caseworker');
  expect(await syncNow()).toMatchObject({ status: 'done' });
  return records.measures[0]!;
}

async function needOf(): Promise<string> {
  const [need] = await import('../../../src/db/repository').then((repository) => repository.listActive('needs'));
  return need!.id;
}

/** How long a screen may take for a round trip to the county on a busy test machine. */
const roundTrip = { timeout: 5_000 };

const header = async () => within(await screen.findByRole('banner'));

test('without a connection, the header says how many changes wait for one, and the sync screen says the app syncs by itself later', async () => {
  const measure = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  await update('needs', await needOf(), { description: 'Mehr Plätze im Sprachkurs' });
  await county.close();
  expect(await syncNow()).toEqual({ status: 'problem', problem: 'offline' });

  renderApp('/synchronisierung');
  expect(await (await header()).findByRole('link', { name: '2 Änderungen warten auf eine Verbindung' })).toBeInTheDocument();
  expect(await screen.findByText(/Keine Verbindung\. 2 Änderungen warten auf eine Verbindung; die App synchronisiert von selbst/)).toBeInTheDocument();
  expect(screen.getByText('2 Änderungen sind noch nicht synchronisiert.')).toBeInTheDocument();
});

test('a person syncs on demand and sees what was sent and received, and when', async () => {
  const measure = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  const { user } = renderApp('/synchronisierung');

  await user.click(await screen.findByRole('button', { name: 'Jetzt synchronisieren' }));

  expect(await screen.findByText('Synchronisiert: 1 gesendet, 0 empfangen.')).toBeInTheDocument();
  expect(await screen.findByText('Alle Änderungen sind synchronisiert.')).toBeInTheDocument();
  expect(screen.getByText(/^Zuletzt synchronisiert: /)).toBeInTheDocument();
  expect((await header()).getByRole('link', { name: /^Synchronisiert / })).toBeInTheDocument();
});

test('an app too old for the server says to update it, and that the changes stay on the device', async () => {
  const measure = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  county.next({ refuse: 426, body: { error: 'update_app', message: 'update the app' } });
  const { user } = renderApp('/synchronisierung');

  await user.click(await screen.findByRole('button', { name: 'Jetzt synchronisieren' }));

  expect(await screen.findByText(/Diese Version der App ist zu alt für den Server\. Bitte die App aktualisieren/)).toBeInTheDocument();
  expect(screen.getByText('1 Änderung ist noch nicht synchronisiert.')).toBeInTheDocument();
  expect((await header()).getByRole('link', { name: /Synchronisierung gestört – bitte ansehen/ })).toBeInTheDocument();
});

test('the first coordinator of an empty county is asked in the header and on the sync screen, and uploads the device\'s concept', async () => {
  const own = makeLinkedRecords();
  await replaceAll(own);
  await logInAs('anna', 'coordinator');
  await syncNow();
  const { user } = renderApp('/synchronisierung');

  expect(await (await header()).findByRole('link', { name: /Erste Verbindung: bitte entscheiden/ })).toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'Konzept dieses Geräts hochladen' }));

  expect(await (await header()).findByRole('link', { name: /^Synchronisiert / }, roundTrip)).toBeInTheDocument();
  expect(screen.getByText('Alle Änderungen sind synchronisiert.')).toBeInTheDocument();
  expect(county.get('concepts', own.concepts[0]!.id)).toBeDefined();
});

test('a refused change is named with the reason; undoing it brings back the stored version while the other changes went through', async () => {
  // The tablet's role allows the change (its account was a coordinator's when it logged in); the server, which judges, refuses it.
  const measure = await syncedTablet('anna');
  await update('measures', measure.id, { title: 'Ein neuer Titel' });
  county.next({ refuse: 403, body: { error: 'forbidden', message: 'caseworkers may change status and progress notes only', kind: 'measures', id: measure.id, op: 'update', fields: ['title', 'targetDate'] } });
  await syncNow();
  const { user } = renderApp('/synchronisierung');

  const refused = await screen.findByRole('region', { name: 'Abgelehnte Änderungen' }, roundTrip);
  expect(within(refused).getByText(/Ihre Rolle darf hier nur andere Felder ändern \(geändert: Titel, Zieldatum\)/)).toBeInTheDocument();
  expect(within(refused).getByText('Maßnahme „Ein neuer Titel“')).toBeInTheDocument();
  expect((await header()).getByRole('link', { name: /1 Änderung abgelehnt – bitte ansehen/ })).toBeInTheDocument();

  await user.click(within(refused).getByRole('button', { name: 'Rückgängig machen: Maßnahme „Ein neuer Titel“' }));

  expect(await screen.findByText('Die Änderung an „Ein neuer Titel“ wurde rückgängig gemacht.', {}, roundTrip)).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByRole('button', { name: /Rückgängig machen/ })).not.toBeInTheDocument());
  expect(screen.getByText('Die Änderung an „Ein neuer Titel“ wurde rückgängig gemacht.')).toBeInTheDocument();
  expect(await getById('measures', measure.id)).toMatchObject({ title: measure.title });
  expect(await pendingCount()).toBe(0);
});

test('a refused change kept as a file is saved for someone who may make it, then undone here', async () => {
  // The tablet's role allows the change (its account was a coordinator's when it logged in); the server, which judges, refuses it.
  const measure = await syncedTablet('anna');
  await update('measures', measure.id, { title: 'Ein neuer Titel' });
  county.next({ refuse: 403, body: { error: 'forbidden', message: 'no', kind: 'measures', id: measure.id, op: 'update', fields: ['title'] } });
  await syncNow();
  const { user } = renderApp('/synchronisierung');

  await user.click(await screen.findByRole('button', { name: 'Als Datei behalten: Maßnahme „Ein neuer Titel“' }));

  expect(await screen.findByText('Die Änderung an „Ein neuer Titel“ wurde als Datei gesichert und auf diesem Gerät rückgängig gemacht.', {}, roundTrip)).toBeInTheDocument();
  // The message outlives the list it emptied: it is what the person reads last.
  await waitFor(() => expect(screen.queryByRole('button', { name: /Als Datei behalten/ })).not.toBeInTheDocument());
  expect(screen.getByText('Die Änderung an „Ein neuer Titel“ wurde als Datei gesichert und auf diesem Gerät rückgängig gemacht.')).toBeInTheDocument();
  const file = JSON.parse(await downloaded[0]!.text()) as { changes: { records: { measures: Measure[] } } };
  expect(file.changes.records.measures[0]).toMatchObject({ id: measure.id, title: 'Ein neuer Titel' });
  expect(await getById('measures', measure.id)).toMatchObject({ title: measure.title });
});

test('the person whose value lost a conflict is told which value stays and that theirs is kept for the coordinator', async () => {
  const measure = await syncedTablet();
  await update('measures', measure.id, { status: 'done' });
  county.next({
    // As the server does: anna's value stays, ben's goes into the conflict.
    conflicts: () => {
      county.store('measures', { ...measure, status: 'paused' }, 'anna');
      return [makeStatusConflict(measure.id, county.revision)];
    },
  });
  await syncNow();
  const { user } = renderApp('/synchronisierung');

  const lost = await screen.findByRole('region', { name: 'Nicht übernommene Werte' }, roundTrip);
  expect(within(lost).getByText(`Maßnahme „${measure.title}“, Feld „Status“: Ihr Wert „Abgeschlossen“, gespeichert bleibt „Pausiert“ (von anna).`)).toBeInTheDocument();
  await user.click(within(lost).getByRole('button', { name: `Verstanden: Maßnahme „${measure.title}“` }));
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Nicht übernommene Werte' })).not.toBeInTheDocument());
});

test('a tablet that never gets online saves its changes as a file; a connected device reads it, and reading it twice applies it once', async () => {
  const measure = await syncedTablet();
  await update('measures', measure.id, { status: 'paused' });
  const offline = renderApp('/synchronisierung');
  await offline.user.click(await screen.findByRole('button', { name: 'Änderungen als Datei speichern' }));
  expect(await screen.findByText('1 Änderung als Datei gespeichert.')).toBeInTheDocument();
  const text = await downloaded[0]!.text();
  offline.unmount();

  // The coordinator's device, connected.
  freshDatabase();
  await logInAs('anna', 'coordinator');
  await replaceAll(makeLinkedRecords());
  expect(await syncNow()).toMatchObject({ status: 'waiting' });
  const { user } = renderApp('/synchronisierung');
  await user.click(await screen.findByRole('button', { name: 'Zusammenführen' }));
  expect(await (await header()).findByRole('link', { name: /^Synchronisiert / }, roundTrip)).toBeInTheDocument();

  const revision = county.revision;
  await user.upload(screen.getByLabelText('Änderungsdatei einlesen'), new File([text], 'aenderungen.json', { type: 'application/json' }));
  expect(await screen.findByText('Die Datei mit 1 Änderung wurde zusammengeführt.', {}, roundTrip)).toBeInTheDocument();
  expect(county.get('measures', measure.id)).toMatchObject({ status: 'paused' });
  const afterFirst = county.revision;
  expect(afterFirst).toBeGreaterThan(revision);

  await user.upload(screen.getByLabelText('Änderungsdatei einlesen'), new File([text], 'aenderungen.json', { type: 'application/json' }));
  expect(await screen.findByText(/Diese Datei wurde auf diesem Gerät schon eingelesen/, {}, roundTrip)).toBeInTheDocument();
  expect(county.revision).toBe(afterFirst);
});

test('a whole backup is not taken for a change file', async () => {
  await syncedTablet();
  const { user } = renderApp('/synchronisierung');
  const backup = { format: 'integrationskonzept-snapshot', schemaVersion: 1, exportedAt: '2026-03-02T10:00:00.000Z', records: {} };
  await user.upload(await screen.findByLabelText('Änderungsdatei einlesen'), new File([JSON.stringify(backup)], 'sicherung.json', { type: 'application/json' }));
  expect(await screen.findByText(/Diese Datei ist keine Änderungsdatei dieser App/)).toBeInTheDocument();
});

test('a person who declines to merge their own work saves it as a file first; then the device takes the county\'s data', async () => {
  const own = makeLinkedRecords();
  await replaceAll(own);
  const theirs = makeLinkedRecords();
  county.storeAll(theirs);
  await logInAs('ben', 'caseworker');
  expect(await syncNow()).toEqual({ status: 'waiting' });
  const { user } = renderApp('/synchronisierung');

  const first = await screen.findByRole('region', { name: 'Erste Verbindung' }, roundTrip);
  expect(within(first).getByText(/auf diesem Gerät sind \d+ eigene, noch nicht synchronisierte Änderungen/)).toBeInTheDocument();
  await user.click(within(first).getByRole('button', { name: 'Als Datei sichern, dann Daten des Landkreises übernehmen' }));

  expect(await screen.findByText('Die Änderungen dieses Geräts wurden als Datei gesichert. Die Daten des Landkreises wurden übernommen.', {}, roundTrip)).toBeInTheDocument();
  const file = JSON.parse(await downloaded[0]!.text()) as { changes: { records: { concepts: { id: string }[] } } };
  expect(file.changes.records.concepts.map((concept) => concept.id)).toEqual([own.concepts[0]!.id]);
  expect(await getById('concepts', own.concepts[0]!.id)).toBeUndefined();
  expect(await getById('concepts', theirs.concepts[0]!.id)).toBeDefined();
  expect(county.get('concepts', own.concepts[0]!.id)).toBeUndefined();
});
