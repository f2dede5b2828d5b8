// Issue 18 (field test 2): the coordinator deletes offers and measures (with a question naming
// what refers to them), and what refers to them stays readable; a page of a deleted entry says
// when and by whom it was deleted; the correction report's confirmation fits the device.
import { screen, within } from '@testing-library/react';
import { emptyRecords } from '../../../src/core/snapshot';
import { setAuthor, today } from '../../../src/db/context';
import { getById, remove } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { saveConnection } from '../../../src/replica/connection';
import type { Role } from '../../../src/core/rulebook/roles';
import { formatDate } from '../../../src/ui/format';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeCorrectionReport, makeFieldOfAction, makeGoal, makeIndicator, makeMeasure, makeOffer, makeProvider, makeReferral } from '../../factories';
import { renderApp } from '../../render-app';

const LOAD = { timeout: 10_000 };

const provider = makeProvider({ name: 'Kreisvolkshochschule Börde' });
const offer = makeOffer({ providerId: provider.id, name: 'Integrationskurs in Wolmirstedt' });
const field = makeFieldOfAction();
const goal = makeGoal({ fieldId: field.id });
const measure = makeMeasure({ title: 'Sprachcafé in Haldensleben', goalIds: [goal.id], partnerProviderIds: [], municipalityIds: [] });
const indicator = makeIndicator({ name: 'Teilnehmende im Sprachcafé', goalIds: [goal.id], measureIds: [measure.id] });

function connectAs(role: Role, expiresAt = '2099-01-01T00:00:00.000Z') {
  return saveConnection('boerde', role === 'caseworker' ? 'ben' : 'anna', { token: `token-${role}`, role, expiresAt });
}

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.providers.push(provider);
  records.offers.push(offer);
  records.fieldsOfAction.push(field);
  records.goals.push(goal);
  records.measures.push(measure);
  records.indicators.push(indicator);
  records.referrals.push(makeReferral({ offerId: offer.id, month: '2026-03' }), makeReferral({ offerId: offer.id, month: '2026-04' }));
  records.correctionReports.push(makeCorrectionReport({ targetId: offer.id, note: 'Der Kurs beginnt erst im März.' }));
  await replaceAll(records);
});

afterEach(() => setAuthor(''));

describe('issue 18.9 the coordinator deletes an offer', { timeout: 30_000 }, () => {
  it('after a question naming what refers to it; its page, the referrals and the report queue still name it', async () => {
    await connectAs('coordinator');
    setAuthor('anna');
    const { user } = renderApp(paths.offerEdit(offer.id));
    await screen.findByRole('heading', { level: 1, name: 'Angebot bearbeiten' }, LOAD);
    await user.click(screen.getByRole('button', { name: '„Integrationskurs in Wolmirstedt“ löschen' }));
    const dialog = await screen.findByRole('alertdialog', { name: '„Integrationskurs in Wolmirstedt“ löschen?' });
    expect(dialog).toHaveTextContent('2 gezählte Vermittlungen bleiben in der Vermittlungsstatistik, mit dem Namen des Angebots.');
    expect(dialog).toHaveTextContent('1 offene Korrekturmeldung bleibt in der Verzeichnispflege und nennt das Angebot als gelöscht.');

    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect((await getById('offers', offer.id))?.deleted).toBe(false);

    await user.click(screen.getByRole('button', { name: '„Integrationskurs in Wolmirstedt“ löschen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Löschen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gelöscht' })).toBeInTheDocument();
    expect(screen.getByText(`„Integrationskurs in Wolmirstedt“ wurde am ${formatDate(today(), 'de')} von anna gelöscht.`)).toBeInTheDocument();
    // Gone from every live list and lookup.
    expect(await getById('offers', offer.id)).toBeUndefined();
  });

  it('the referrals page and the report queue keep the deleted offer’s name', async () => {
    setAuthor('anna');
    expect((await remove('offers', offer.id)).ok).toBe(true);

    const referrals = renderApp(paths.referrals());
    expect(await screen.findAllByRole('rowheader', { name: 'Integrationskurs in Wolmirstedt (gelöscht)' }, LOAD)).toHaveLength(2);
    referrals.unmount();

    renderApp(paths.corrections());
    const report = await screen.findByRole('listitem', { name: 'Meldung zu Integrationskurs in Wolmirstedt' }, LOAD);
    expect(report).toHaveTextContent(`Der Eintrag wurde am ${formatDate(today(), 'de')} von anna gelöscht; die Meldung kann nur noch verworfen werden.`);
    expect(within(report).queryByRole('link', { name: 'Änderung übernehmen' })).not.toBeInTheDocument();
    expect(within(report).getByRole('button', { name: 'Verwerfen' })).toBeInTheDocument();
  });

  it('a caseworker is offered no delete, and an address that never held an entry says so', async () => {
    await connectAs('caseworker');
    renderApp(paths.offerReport('00000000-0000-4000-8000-0000000000ff'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nicht gefunden' }, LOAD)).toBeInTheDocument();
    expect(screen.getByText(/Einen Eintrag mit dieser Adresse gibt es auf diesem Gerät nicht\./)).toBeInTheDocument();
  });
});

describe('issue 18.9 the coordinator deletes a measure', { timeout: 30_000 }, () => {
  it('after a question naming the linked indicator; its page then says who deleted it', async () => {
    await connectAs('coordinator');
    const { user } = renderApp(paths.measureEdit(measure.id));
    await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' }, LOAD);
    await user.click(screen.getByRole('button', { name: '„Sprachcafé in Haldensleben“ löschen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('1 Indikator ist mit dieser Maßnahme verknüpft; er bleibt und nennt sie als gelöscht.');
    await user.click(within(dialog).getByRole('button', { name: 'Löschen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gelöscht' })).toBeInTheDocument();
    expect(screen.getByText(`„Sprachcafé in Haldensleben“ wurde am ${formatDate(today(), 'de')} von anna gelöscht.`)).toBeInTheDocument();
  });

  it('on the indicator’s page', async () => {
    expect((await remove('measures', measure.id)).ok).toBe(true);
    renderApp(paths.indicator(indicator.id));
    expect(await screen.findByRole('link', { name: 'Sprachcafé in Haldensleben (gelöscht)' }, LOAD)).toHaveAttribute('href', paths.measure(measure.id));
  });

  it('a caseworker’s edit page offers no delete', async () => {
    await connectAs('caseworker');
    renderApp(paths.measure(measure.id));
    await screen.findByRole('heading', { level: 1, name: 'Sprachcafé in Haldensleben' }, LOAD);
    expect(screen.queryByRole('button', { name: /löschen/ })).not.toBeInTheDocument();
  });
});

describe('issue 18.7 the correction report’s confirmation', { timeout: 30_000 }, () => {
  async function send(note: string) {
    const view = renderApp(paths.offerReport(offer.id));
    await screen.findByRole('heading', { level: 1, name: 'Eintrag als veraltet melden' }, LOAD);
    expect(screen.getByText('Zu diesem Angebot ist schon 1 Meldung offen.')).toBeInTheDocument();
    await view.user.click(screen.getByLabelText(/Was ist veraltet\?/));
    await view.user.paste(note);
    await view.user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    return view;
  }

  it('on a connected tablet says it goes with the next sync, and does not count itself as already open', async () => {
    await connectAs('caseworker');
    await send('Neue Telefonnummer.');
    expect(await screen.findByRole('status')).toHaveTextContent('Danke! Die Meldung ist gespeichert und geht mit der nächsten Synchronisierung an die Koordinierungsstelle');
    expect(screen.getByText('Außer Ihrer ist zu diesem Angebot noch 1 Meldung offen.')).toBeInTheDocument();
    expect(screen.queryByText(/schon 2 Meldungen/)).not.toBeInTheDocument();
  });

  it('on a tablet whose login expired says to log in again', async () => {
    await connectAs('caseworker', '2000-01-01T00:00:00.000Z');
    await send('Neue Telefonnummer.');
    expect(await screen.findByRole('status')).toHaveTextContent('Die Anmeldung dieses Geräts ist abgelaufen');
  });

  it('on a device without a server says so', async () => {
    await send('Neue Telefonnummer.');
    expect(await screen.findByRole('status')).toHaveTextContent('Dieses Gerät ist nicht mit dem Server des Landkreises verbunden');
  });
});

