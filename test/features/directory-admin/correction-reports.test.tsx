import { screen, within } from '@testing-library/react';
import { setAuthor, today } from '../../../src/db/context';
import { create, getById, listActive } from '../../../src/db/repository';
import { formatDate } from '../../../src/ui/format';
import { paths } from '../../../src/ui/paths';
import { draftOf, freshDatabase, makeOffer, makeProvider } from '../../factories';
import { renderApp } from '../../render-app';

// Screens load lazily; on a busy shared machine the first render can take longer than a second.
const LOAD = { timeout: 10_000 };

async function storeOffer(lastVerified = today()) {
  const provider = await create('providers', draftOf('providers', makeProvider({ name: 'Kreisvolkshochschule Börde', lastVerified: today() })));
  if (!provider.ok) throw new Error('provider not stored');
  const offer = await create('offers', draftOf('offers', makeOffer({ providerId: provider.value.id, name: 'Integrationskurs in Wolmirstedt', lastVerified })));
  if (!offer.ok) throw new Error('offer not stored');
  return offer.value;
}

beforeEach(() => {
  freshDatabase();
});

afterEach(() => {
  // The author's name lives in the module for the session; the next story starts without one.
  setAuthor('');
});

// Whole-app stories with many keystrokes; the shared test machine can be slow.
describe('a correction report travels from the caseworker to the coordinator', { timeout: 30_000 }, () => {
  it('is sent, seen in the queue, refused without a reason, dismissed with one, and kept with its outcome', async () => {
    const offer = await storeOffer();

    const caseworker = renderApp(paths.offerReport(offer.id));
    await screen.findByRole('heading', { level: 1, name: 'Eintrag als veraltet melden' }, LOAD);
    await caseworker.user.click(screen.getByLabelText(/Was ist veraltet\?/));
    await caseworker.user.paste('Der Abendkurs beginnt jetzt erst im März.');
    await caseworker.user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Danke! Die Meldung ist auf diesem Gerät gespeichert. Dieses Gerät ist nicht mit dem Server des Landkreises verbunden: Die Koordinierungsstelle sieht die Meldung erst, wenn es verbunden ist (Server-Konto), oder wenn Sie ihr Bescheid geben.',
    );
    caseworker.unmount();

    const coordinator = renderApp(paths.corrections());
    const report = await screen.findByRole('listitem', { name: 'Meldung zu Integrationskurs in Wolmirstedt' }, LOAD);
    expect(within(report).getByText('Der Abendkurs beginnt jetzt erst im März.')).toBeInTheDocument();
    // Nobody set a name on this device: the report says where it was made, not "von lokal".
    expect(report).toHaveTextContent(`Angebot · gemeldet am ${formatDate(today(), 'de')} auf diesem Gerät`);
    expect(report).not.toHaveTextContent('lokal');
    expect(within(report).getByRole('link', { name: 'Änderung übernehmen' })).toHaveAttribute('href', expect.stringContaining(paths.offerEdit(offer.id)));

    await coordinator.user.click(within(report).getByRole('button', { name: 'Verwerfen' }));
    await coordinator.user.click(within(report).getByRole('button', { name: 'Meldung verwerfen' }));
    expect(within(report).getByLabelText(/^Begründung/)).toHaveAccessibleDescription(expect.stringContaining('ist ein Pflichtfeld.'));
    expect((await listActive('correctionReports'))[0]).toMatchObject({ status: 'open', resolution: '' });

    await coordinator.user.click(within(report).getByLabelText(/^Begründung/));
    await coordinator.user.paste('Laut KVHS startet der Kurs wie eingetragen am 2. Februar.');
    await coordinator.user.click(within(report).getByRole('button', { name: 'Meldung verwerfen' }));

    expect(await screen.findByText('Keine offenen Meldungen.')).toBeInTheDocument();
    const done = screen.getByRole('region', { name: 'Zuletzt erledigt' });
    expect(within(done).getByText('Verworfen')).toBeInTheDocument();
    expect(within(done).getByText(/Laut KVHS startet der Kurs/)).toBeInTheDocument();

    const [stored] = await listActive('correctionReports');
    expect(stored).toMatchObject({
      targetKind: 'offers',
      targetId: offer.id,
      note: 'Der Abendkurs beginnt jetzt erst im März.',
      status: 'dismissed',
      resolution: 'Laut KVHS startet der Kurs wie eingetragen am 2. Februar.',
    });
    expect(stored!.resolvedAt).not.toBeNull();

    // The offer's history uses the same word as the queue.
    await coordinator.router.navigate(paths.offer(offer.id));
    const history = await screen.findByRole('region', { name: 'Meldungen und Verlauf' }, LOAD);
    expect(await within(history).findByText('Verworfen')).toBeInTheDocument();
  });

  it('tells an English-speaking caseworker on an unconnected device that the report stays on it until it is connected', async () => {
    const offer = await storeOffer();
    const { user } = renderApp(paths.offerReport(offer.id), 'en');
    await screen.findByRole('heading', { level: 1, name: 'Report an entry as outdated' }, LOAD);
    await user.click(screen.getByLabelText(/What is outdated\?/));
    await user.paste('The evening course now starts in March.');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Thank you! The report is saved on this device. This device is not connected to the county’s server: the coordination office sees the report once it is connected (server account), or when you let them know.',
    );
  });

  it('names the caseworker once a name is set in the settings', async () => {
    const offer = await storeOffer();
    const settings = renderApp(paths.settings());
    await settings.user.type(await screen.findByLabelText('Name oder Kürzel für Änderungen', {}, LOAD), 'Frau Schulz');
    await settings.user.click(within(screen.getByRole('region', { name: 'Ihr Name' })).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Name gespeichert.')).toBeInTheDocument();
    settings.unmount();

    const caseworker = renderApp(paths.offerReport(offer.id));
    await caseworker.user.click(await screen.findByLabelText(/Was ist veraltet\?/, {}, LOAD));
    await caseworker.user.paste('Neue Telefonnummer.');
    await caseworker.user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    await screen.findByRole('status');
    caseworker.unmount();

    renderApp(paths.corrections());
    const report = await screen.findByRole('listitem', { name: 'Meldung zu Integrationskurs in Wolmirstedt' }, LOAD);
    expect(report).toHaveTextContent(`gemeldet am ${formatDate(today(), 'de')} von Frau Schulz`);
  });

  it('refuses an empty report and stores nothing', async () => {
    const offer = await storeOffer();
    const { user } = renderApp(paths.offerReport(offer.id));
    await user.click(await screen.findByRole('button', { name: 'Meldung senden' }, LOAD));
    expect(screen.getByLabelText(/Was ist veraltet\?/)).toHaveAccessibleDescription(expect.stringContaining('ist ein Pflichtfeld.'));
    expect(await listActive('correctionReports')).toEqual([]);
  });

  it('applies a change through the edit form, which marks the report applied with what was changed', async () => {
    const offer = await storeOffer();
    const created = await create('correctionReports', { targetKind: 'offers', targetId: offer.id, note: 'Neue Telefonnummer: 03904 7240-0', status: 'open', resolution: '', resolvedAt: null });
    if (!created.ok) throw new Error('report not stored');

    const { user } = renderApp(paths.corrections());
    await user.click(await screen.findByRole('link', { name: 'Änderung übernehmen' }, LOAD));
    await screen.findByRole('heading', { level: 1, name: 'Angebot bearbeiten' }, LOAD);
    expect(screen.getByText('Neue Telefonnummer: 03904 7240-0')).toBeInTheDocument();
    const phone = screen.getByLabelText('Telefon');
    await user.clear(phone);
    await user.type(phone, '03904 7240-0');
    await user.click(screen.getByLabelText('Was wurde geändert?'));
    await user.paste('Telefonnummer aktualisiert.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'Korrekturmeldungen' }, LOAD);
    const [report] = await listActive('correctionReports');
    expect(report).toMatchObject({ status: 'applied', resolution: 'Telefonnummer aktualisiert.' });
    const [saved] = await listActive('offers');
    expect(saved!.contact.phone).toBe('03904 7240-0');
  });

  it('counts applying a report as a check: the offer is verified today and leaves the queue of entries due', async () => {
    const offer = await storeOffer('2020-03-01');
    const created = await create('correctionReports', { targetKind: 'offers', targetId: offer.id, note: 'Kurs jetzt dienstags', status: 'open', resolution: '', resolvedAt: null });
    if (!created.ok) throw new Error('report not stored');

    const queue = renderApp(paths.staleQueue());
    expect(await screen.findByRole('button', { name: 'Integrationskurs in Wolmirstedt: noch aktuell' }, LOAD)).toBeInTheDocument();
    queue.unmount();

    const { user, router } = renderApp(paths.corrections());
    await user.click(await screen.findByRole('link', { name: 'Änderung übernehmen' }, LOAD));
    await screen.findByRole('heading', { level: 1, name: 'Angebot bearbeiten' }, LOAD);
    expect(screen.getByText('Beim Speichern gilt der Eintrag als heute geprüft und verlässt die Liste der Einträge zur Prüfung.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Was wurde geändert?'));
    await user.paste('Termin auf Dienstag geändert.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByRole('heading', { level: 1, name: 'Korrekturmeldungen' }, LOAD);

    expect(await getById('offers', offer.id)).toMatchObject({ lastVerified: today(), revision: 2 });
    expect((await listActive('correctionReports'))[0]).toMatchObject({ status: 'applied', resolution: 'Termin auf Dienstag geändert.' });

    await router.navigate(paths.offer(offer.id));
    const facts = await screen.findByRole('region', { name: 'Angaben' }, LOAD);
    expect(within(facts).getByText('Zuletzt geprüft').nextElementSibling).toHaveTextContent(formatDate(today(), 'de'));
    await router.navigate(paths.staleQueue());
    expect(await screen.findByText('Alle Einträge sind geprüft.', {}, LOAD)).toBeInTheDocument();
  });
});
