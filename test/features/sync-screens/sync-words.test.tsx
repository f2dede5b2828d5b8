// Issue 18: sync speaks of entries as people know them. A measurement the server refused because
// its indicator, period and place already hold a value is named by those, with both values, who
// keeps the stored one and why, in the person's language; the coordinator is counted her open
// conflicts where she looks and offered no restore the rule would refuse; a deleted entry keeps
// its last name; a restored value is no longer shown as lost; server refusals reach the person
// in words, never as an internal id. Against a scripted county on 127.0.0.1.
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import type { SyncConflict } from '../../../src/core/merge/protocol';
import type { Indicator, Measurement } from '../../../src/core/schema';
import { initI18n, loadNamespace } from '../../../src/app/i18n';
import { explainServerError } from '../../../src/features/sync-screens/server-errors';
import { fieldName } from '../../../src/features/sync-screens/words';
import { ServerError } from '../../../src/replica/server-api';
import { syncNow } from '../../../src/replica/sync-engine';
import { isSyncRunning } from '../../../src/replica/sync-running';
import { useTranslation } from '../../../src/ui/i18n';
import { freshDatabase, makeLinkedRecords, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';
import { logInAs, ScriptedCounty } from '../../replica/scripted-county';

let county: ScriptedCounty;
const roundTrip = { timeout: 5_000 };

beforeEach(async () => {
  freshDatabase();
  county = await new ScriptedCounty().start();
});
afterEach(async () => {
  await vi.waitFor(() => expect(isSyncRunning()).toBe(false), { timeout: 10_000 });
  await county.close();
});

type Scene = { indicator: Indicator; bens: Measurement; cems: Measurement; conflict: SyncConflict };

/** Ben's value for the indicator, 2025, county-wide stands; cem's for the same was refused. */
function refusedMeasurement(): Scene {
  const records = makeLinkedRecords();
  county.storeAll(records);
  const indicator = records.indicators[0]!;
  const bens = county.store('measurements', makeMeasurement({ indicatorId: indicator.id, period: '2025', value: 11, note: 'Ben offline erfasst' }), 'ben') as Measurement;
  const cems = makeMeasurement({ indicatorId: indicator.id, period: '2025', value: 12, note: 'Cem offline erfasst' });
  county.store('measurements', { ...cems, deleted: true }, 'cem');
  const conflict: SyncConflict = {
    id: '22222222-2222-4222-8222-222222222222', kind: 'measurements', recordId: cems.id, path: [], reason: 'rejected',
    lost: { ...cems, updatedBy: 'cem' },
    problems: [{ path: 'period', code: 'duplicate_measurement', message: 'Period is already recorded (2025); please edit the existing measurement.', params: { period: '2025' } }],
    countyRevision: county.revision, keptRevision: 0, baseRevision: null, keptBy: 'cem', lostBy: 'cem',
    createdAt: '2026-03-02T10:00:00.000Z', status: 'open', resolvedBy: null, resolvedAt: null,
  };
  return { indicator, bens, cems, conflict };
}

/** The header's one line about sync. */
const headerLink = async () => within(await screen.findByRole('banner', {}, roundTrip)).findByRole('link', { name: /Synchronisiert|nicht übernommen|Konflikt/ }, roundTrip);

test('the caseworker whose measurement was refused reads the indicator, period, place, both values, who keeps the other and why', async () => {
  const { indicator, conflict } = refusedMeasurement();
  await logInAs('cem', 'caseworker');
  county.next({ conflicts: () => [conflict] });
  expect(await syncNow()).toMatchObject({ status: 'done' });
  renderApp('/synchronisierung');

  const lost = await screen.findByRole('region', { name: 'Nicht übernommene Werte' }, roundTrip);
  expect(
    await within(lost).findByText(
      `Messwert „${indicator.name}“ für 2025, kreisweit: Ihr Wert 12 (Anmerkung: „Cem offline erfasst“) wurde nicht übernommen. Grund: Zeitraum ist schon erfasst (2025); bitte den vorhandenen Messwert bearbeiten. Gespeichert bleibt der Wert von ben: 11 (Anmerkung: „Ben offline erfasst“).`,
    ),
  ).toBeInTheDocument();
  expect((await headerLink()).textContent).toBe('⚠ 1 Wert nicht übernommen – bitte ansehen');
});

test('in English, the same notice is in English, the reason included', async () => {
  const { indicator, conflict } = refusedMeasurement();
  await logInAs('cem', 'caseworker');
  county.next({ conflicts: () => [conflict] });
  await syncNow();
  renderApp('/synchronisierung', 'en');

  expect(
    await screen.findByText(
      `Measurement “${indicator.name}” for 2025, county-wide: your value 12 (note: “Cem offline erfasst”) was not taken. Reason: Period is already recorded (2025); please edit the existing measurement. The value of ben stays: 11 (note: “Ben offline erfasst”).`,
      {},
      roundTrip,
    ),
  ).toBeInTheDocument();
});

test('once the coordinator has restored it, the notice says who did, and the header no longer asks to look', async () => {
  const { indicator, bens, cems, conflict } = refusedMeasurement();
  await logInAs('cem', 'caseworker');
  county.next({ conflicts: () => [conflict] });
  await syncNow();
  // Anna deletes ben's value and restores cem's.
  county.store('measurements', { ...bens, deleted: true }, 'anna');
  county.store('measurements', { ...cems, deleted: false }, 'anna');
  expect(await syncNow()).toMatchObject({ status: 'done' });
  renderApp('/synchronisierung');

  expect(await screen.findByText(`Messwert „${indicator.name}“ für 2025, kreisweit: anna hat Ihren Wert 12 (Anmerkung: „Cem offline erfasst“) wiederhergestellt; er gilt jetzt.`, {}, roundTrip)).toBeInTheDocument();
  expect(screen.queryByText(/wurde nicht übernommen/)).not.toBeInTheDocument();
  expect((await headerLink()).textContent).toMatch(/^Synchronisiert /);
});

test('the coordinator is counted her open conflicts in the header and on the overview, and the card offers no restore the rule would refuse', async () => {
  const { indicator, conflict } = refusedMeasurement();
  county.conflicts = [conflict];
  await logInAs('anna', 'coordinator');
  expect(await syncNow()).toMatchObject({ status: 'done' });
  const { user } = renderApp('/');

  expect(await screen.findByText(/1 offener Konflikt wartet auf Ihre Prüfung\./, {}, roundTrip)).toBeInTheDocument();
  const header = await headerLink();
  expect(header.textContent).toBe('⚠ 1 offener Konflikt – bitte prüfen');
  await user.click(header);

  const list = await screen.findByRole('region', { name: '1 offener Konflikt' }, roundTrip);
  const item = within(list).getByRole('listitem');
  expect(await within(item).findByRole('heading', { name: `Messwert „${indicator.name}“ für 2025, kreisweit: nicht übernommen` })).toBeInTheDocument();
  expect(within(item).getByText('Grund: Zeitraum ist schon erfasst (2025); bitte den vorhandenen Messwert bearbeiten.')).toBeInTheDocument();
  expect(within(item).getAllByRole('definition').map((value) => value.textContent)).toEqual([
    '11 (Anmerkung: „Ben offline erfasst“)', 'von ben, 02.03.2026, 10:00', '12 (Anmerkung: „Cem offline erfasst“)', 'von cem, 02.03.2026, 10:00',
  ]);
  expect(within(item).queryByRole('button', { name: /wiederherstellen/ })).not.toBeInTheDocument();
  expect(within(item).getByRole('link', { name: /Zum Indikator/ })).toHaveAttribute('href', `/indikatoren/${indicator.id}`);
});

test('a conflict about an offer deleted since names the offer by its last name and the field by its label', async () => {
  const records = makeLinkedRecords();
  county.storeAll(records);
  const offer = records.offers[0]!;
  county.store('offers', { ...offer, deleted: true }, 'anna');
  county.conflicts = [{
    id: '33333333-3333-4333-8333-333333333333', kind: 'offers', recordId: offer.id, path: ['archived'], reason: 'both_changed', kept: false, lost: true,
    countyRevision: county.revision, keptRevision: 2, baseRevision: 1, keptBy: 'anna', lostBy: 'ben', createdAt: '2026-03-02T10:00:00.000Z', status: 'open', resolvedBy: null, resolvedAt: null,
  }];
  await logInAs('anna', 'coordinator');
  await syncNow();
  renderApp('/synchronisierung/konflikte');

  expect(await screen.findByRole('heading', { name: `Angebot „${offer.name}“: Feld „Archiviert“` }, roundTrip)).toBeInTheDocument();
});

test('fields sync had no word for are named by their labels, in both languages', () => {
  initI18n('de');
  const t = ((key: string) => key) as never;
  expect(fieldName(t, 'de', ['archived'])).toBe('Archiviert');
  expect(fieldName(t, 'en', ['archived'])).toBe('Archived');
  expect(fieldName(t, 'de', ['cost', 'free'])).toBe('Kosten');
});

describe('a refusal of the server reaches the person in words of their language, never as an internal id', () => {
  const id = '35cfd516-0c4e-4b7a-9d55-6f0a2b1c9e11';
  const duplicate = new ServerError('invalid_record', 400, `measurements/${id} is not a valid record: Period is already recorded (2025).`, {
    kind: 'measurements', id, problems: [{ path: 'period', code: 'duplicate_measurement', message: 'Period is already recorded (2025).', params: { period: '2025' } }],
  });
  const forbidden = new ServerError('forbidden', 403, `The caseworker role may not create offers. (offers/${id})`, { kind: 'offers', id, operation: 'create', role: 'caseworker' });
  const odd = new ServerError('something_new', 400, `offers/${id} broke`, {});

  async function words(lang: 'de' | 'en') {
    initI18n(lang);
    await loadNamespace('sync');
    const { result } = renderHook(() => useTranslation(['sync', 'common']));
    return (error: unknown) => explainServerError(result.current.t, error, lang);
  }

  test('German', async () => {
    const explain = await words('de');
    expect(await explain(duplicate)).toBe('Der Server lässt das nicht zu: Zeitraum ist schon erfasst (2025); bitte den vorhandenen Messwert bearbeiten.');
    expect(await explain(forbidden)).toBe('Der Server lässt das nicht zu: Die Rolle „Fachkraft“ darf keine Angebote anlegen.');
    expect(await explain(new ServerError('already_resolved', 409, 'The conflict was restored by anna at 2026-03-02.', {}))).toBe('Dieser Konflikt ist schon erledigt, hier oder auf einem anderen Gerät.');
    const unknown = await explain(odd);
    expect(unknown).not.toContain(id);
    expect(unknown).toMatch(/^Der Server hat die Anfrage abgelehnt\./);
  });

  test('English', async () => {
    const explain = await words('en');
    expect(await explain(duplicate)).toBe('The server does not allow this: Period is already recorded (2025); please edit the existing measurement.');
    expect(await explain(forbidden)).toBe('The server does not allow this: The caseworker role may not create offers.');
  });
});

test('a conflict stored before problems carried params takes them from the refused entry', async () => {
  const { indicator, conflict } = refusedMeasurement();
  county.conflicts = [{ ...conflict, problems: conflict.problems!.map(({ params: _params, ...rest }) => rest) }];
  await logInAs('anna', 'coordinator');
  await syncNow();
  renderApp('/synchronisierung/konflikte');

  await waitFor(() => expect(screen.getByRole('heading', { name: `Messwert „${indicator.name}“ für 2025, kreisweit: nicht übernommen` })).toBeInTheDocument(), roundTrip);
  expect(screen.getByText('Grund: Zeitraum ist schon erfasst (2025); bitte den vorhandenen Messwert bearbeiten.')).toBeInTheDocument();
});

test('a conflict whose restore the loser\'s role would refuse offers no restore and says why; one it allows offers it', async () => {
  const records = makeLinkedRecords();
  county.storeAll(records);
  const [measure] = records.measures;
  const base = { countyRevision: county.revision, keptRevision: 2, baseRevision: 1, keptBy: 'anna', lostBy: 'ben', createdAt: '2026-03-02T10:00:00.000Z', status: 'open', resolvedBy: null, resolvedAt: null, lostByRole: 'caseworker' } as const;
  county.conflicts = [
    { ...base, id: '44444444-4444-4444-8444-444444444444', kind: 'measures', recordId: measure!.id, path: ['deleted'], reason: 'edit_vs_delete', kept: true, lost: false },
    { ...base, id: '55555555-5555-4555-8555-555555555555', kind: 'measures', recordId: measure!.id, path: ['status'], reason: 'both_changed', kept: 'paused', lost: 'done' },
  ];
  await logInAs('anna', 'coordinator');
  await syncNow();
  renderApp('/synchronisierung/konflikte');

  const revival = (await screen.findByRole('heading', { name: `Maßnahme „${measure!.title}“: Feld „Gelöscht“` }, roundTrip)).closest('li')!;
  expect(within(revival).getByText('Wiederherstellen geht nicht: Der Wert stammt von ben, und dessen Rolle erlaubt ihn nicht. Die Rolle „Fachkraft“ darf keine Maßnahmen anlegen.')).toBeInTheDocument();
  expect(within(revival).queryByRole('button', { name: /wiederherstellen/ })).not.toBeInTheDocument();
  const status = screen.getByRole('heading', { name: `Maßnahme „${measure!.title}“: Feld „Status“` }).closest('li')!;
  expect(within(status).getByRole('button', { name: /Anderen Wert wiederherstellen/ })).toBeInTheDocument();
});
