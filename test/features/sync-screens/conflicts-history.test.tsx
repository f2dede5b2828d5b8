// The coordinator's review of sync on the server: the conflicts (both values side by side,
// restore the other one or keep the stored one) and an entry's history (revisions, who and
// when, compare two, restore an earlier value). Against a scripted county on 127.0.0.1.
import { screen, within } from '@testing-library/react';
import type { Measure } from '../../../src/core/schema';
import { getById } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { syncNow } from '../../../src/replica/sync-engine';
import { freshDatabase, makeLinkedRecords, makeStatusConflict } from '../../factories';
import { renderApp } from '../../render-app';
import { paths } from '../../../src/ui/paths';
import { logInAs, ScriptedCounty } from '../../replica/scripted-county';
import { isSyncRunning } from '../../../src/replica/sync-running';

let county: ScriptedCounty;
const roundTrip = { timeout: 5_000 };

beforeEach(async () => {
  freshDatabase();
  county = await new ScriptedCounty().start();
});
afterEach(async () => {
  // A sync a screen started may still be on its way: it ends before the county goes.
  await vi.waitFor(() => expect(isSyncRunning()).toBe(false), { timeout: 10_000 });
  await county.close();
});

/** The county holds the model; its measure was paused by anna after ben had set it done. */
async function tabletWithConflict(name: 'anna' | 'ben'): Promise<Measure> {
  const records = makeLinkedRecords();
  county.storeAll(records);
  const measure = county.store('measures', { ...records.measures[0]!, status: 'paused' }) as Measure;
  const conflict = makeStatusConflict(measure.id, county.revision);
  county.conflicts = [conflict];
  await logInAs(name, name === 'anna' ? 'coordinator' : 'caseworker');
  expect(await syncNow()).toMatchObject({ status: 'done' });
  return measure;
}

test('M2, H4: the coordinator sees both values of a conflict side by side and restores the one that lost; it reaches this device', async () => {
  const measure = await tabletWithConflict('anna');
  const { user } = renderApp('/synchronisierung/konflikte');

  const list = await screen.findByRole('region', { name: '1 offener Konflikt' }, roundTrip);
  const item = within(list).getByRole('listitem');
  expect(await within(item).findByRole('heading', { name: `Maßnahme „${measure.title}“: Feld „Status“` })).toBeInTheDocument();
  const values = within(item).getAllByRole('definition').map((value) => value.textContent);
  expect(values).toEqual(['Pausiert', 'von anna, 02.03.2026, 10:00', 'Abgeschlossen', 'von ben, 02.03.2026, 10:00']);

  await user.click(within(item).getByRole('button', { name: `Anderen Wert wiederherstellen: Maßnahme „${measure.title}“` }));

  expect(await screen.findByText('Der Wert von ben ist wiederhergestellt.', {}, roundTrip)).toBeInTheDocument();
  expect(await screen.findByText('Keine offenen Konflikte.', {}, roundTrip)).toBeInTheDocument();
  await vi.waitFor(async () => expect(await getById('measures', measure.id)).toMatchObject({ status: 'done' }), roundTrip);
});

test('H4: keeping the stored value closes the conflict and changes nothing', async () => {
  const measure = await tabletWithConflict('anna');
  const { user } = renderApp('/synchronisierung/konflikte');

  await user.click(await screen.findByRole('button', { name: `Gespeicherten Wert behalten: Maßnahme „${measure.title}“` }, roundTrip));

  expect(await screen.findByText('Der gespeicherte Wert bleibt.', {}, roundTrip)).toBeInTheDocument();
  expect(county.conflicts[0]!.status).toBe('dismissed');
  expect(county.get('measures', measure.id)).toMatchObject({ status: 'paused' });
});

test('a caseworker is told that the coordinator reviews conflicts', async () => {
  await tabletWithConflict('ben');
  renderApp('/synchronisierung/konflikte');
  expect(await screen.findByText('Konflikte prüft die Koordination.')).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /Konflikt/ })).not.toBeInTheDocument();
});

test('H1–H3: an entry\'s page leads to its history, which lists every revision with who and when, compares two, and the coordinator restores an earlier value', async () => {
  const records = makeLinkedRecords();
  county.storeAll(records);
  const first = records.measures[0]!;
  county.store('measures', { ...county.get<Measure>('measures', first.id)!, title: 'Sprachcafé am Markt' }, 'ben');
  await logInAs('anna', 'coordinator');
  expect(await syncNow()).toMatchObject({ status: 'done' });
  const { user } = renderApp(`/massnahmen/${first.id}`);
  await user.click(await screen.findByRole('link', { name: 'Änderungsverlauf' }));

  const revisions = await screen.findByRole('region', { name: '2 Fassungen' }, roundTrip);
  expect(within(revisions).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Fassung 2: ben, 02.03.2026, 10:00', 'Fassung 1: anna, 02.03.2026, 10:00']);
  const row = within(screen.getByRole('table')).getByRole('row', { name: /Titel/ });
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([first.title, 'Sprachcafé am Markt', expect.stringContaining('Wiederherstellen')]);

  await user.click(within(row).getByRole('button', { name: `Wiederherstellen: „Titel“ aus Fassung 1` }));

  expect(await screen.findByText('„Titel“ ist wiederhergestellt (Fassung 1).', {}, roundTrip)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Zum Eintrag' })).toHaveAttribute('href', `/massnahmen/${first.id}`);
  expect(county.get('measures', first.id)).toMatchObject({ title: first.title, revision: 3 });
  await vi.waitFor(async () => expect(await getById('measures', first.id)).toMatchObject({ title: first.title }), roundTrip);
});

test('H1: a field of action and an indicator lead to their history too', async () => {
  const records = makeLinkedRecords();
  county.storeAll(records);
  await logInAs('anna', 'coordinator');
  expect(await syncNow()).toMatchObject({ status: 'done' });
  const field = records.fieldsOfAction[0]!;
  const indicator = records.indicators[0]!;

  const { unmount } = renderApp(paths.field(field.id));
  expect(await screen.findByRole('link', { name: 'Änderungsverlauf' })).toHaveAttribute('href', paths.history('fieldsOfAction', field.id));
  unmount();
  renderApp(paths.indicator(indicator.id));
  expect(await screen.findByRole('link', { name: 'Änderungsverlauf' })).toHaveAttribute('href', paths.history('indicators', indicator.id));
});

test('a device without a county server shows no way to a history', async () => {
  const records = makeLinkedRecords();
  await replaceAll(records);
  renderApp(`/massnahmen/${records.measures[0]!.id}`);
  expect(await screen.findByRole('heading', { level: 1, name: records.measures[0]!.title })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Änderungsverlauf' })).not.toBeInTheDocument();
});
