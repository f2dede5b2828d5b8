import { screen, within } from '@testing-library/react';
import { create, getById, listActive } from '../../../src/db/repository';
import { today } from '../../../src/db/context';
import { paths } from '../../../src/ui/paths';
import { draftOf, freshDatabase, makeOffer, makeProvider } from '../../factories';
import { renderApp } from '../../render-app';

// Screens load lazily; on a busy shared machine the first render can take longer than a second.
const LOAD = { timeout: 10_000 };

async function store<K extends 'providers' | 'offers'>(kind: K, record: Parameters<typeof draftOf<K>>[1]) {
  const result = await create(kind, draftOf(kind, record));
  if (!result.ok) throw new Error(`${kind} not stored`);
  return result.value;
}

beforeEach(() => {
  freshDatabase();
});

// Whole-app stories with many inputs; the shared test machine can be slow.
describe('the coordinator maintains the directory', { timeout: 30_000 }, () => {
  it('is told beside each field what is wrong with postcode, e-mail and opening hours, and nothing is saved', async () => {
    const provider = await store('providers', makeProvider({ name: 'AWO Kreisverband Börde e. V.' }));
    const offer = await store('offers', makeOffer({ providerId: provider.id, name: 'Elterncafé', openingHours: [{ weekday: 2, opens: '09:00', closes: '12:00' }] }));
    const { user } = renderApp(paths.offerEdit(offer.id));
    await screen.findByRole('heading', { level: 1, name: 'Angebot bearbeiten' }, LOAD);

    const email = screen.getByLabelText('E-Mail');
    await user.clear(email);
    await user.type(email, 'elterncafe(at)awo');
    const slot = screen.getByRole('group', { name: 'Zeitfenster 1' });
    const closes = within(slot).getByLabelText('Schließt um');
    await user.clear(closes);
    await user.type(closes, '08:30');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(email).toHaveAccessibleDescription(expect.stringContaining('eine E-Mail-Adresse wie name@beispiel.de'));
    expect(closes).toHaveAccessibleDescription('muss nach der Öffnungszeit liegen.');
    expect(closes).toHaveValue('08:30');
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde nichts gespeichert.');
    expect(await getById('offers', offer.id)).toMatchObject({ revision: 1, contact: { email: 'info@beispiel.de' } });
  });

  it('refuses a four-digit postcode for a new location and keeps what was typed', async () => {
    const provider = await store('providers', makeProvider());
    const { user } = renderApp(paths.locationNew(provider.id));
    await screen.findByRole('heading', { level: 1, name: 'Neuer Standort' }, LOAD);
    await user.type(screen.getByLabelText(/^Name/), 'Begegnungsstätte');
    await user.type(screen.getByLabelText(/^Straße und Hausnummer/), 'Markt 1');
    await user.type(screen.getByLabelText(/^Postleitzahl/), '3934');
    await user.type(screen.getByLabelText(/^Ort/), 'Haldensleben');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const postcode = screen.getByLabelText(/^Postleitzahl/);
    expect(postcode).toHaveAccessibleDescription(expect.stringContaining('fünf Ziffern'));
    expect(postcode).toHaveValue('3934');
    expect(await listActive('locations')).toEqual([]);
  });

  it('adds an Arabic translation typed right to left and course dates, and finds them stored', async () => {
    const provider = await store('providers', makeProvider({ name: 'Kreisvolkshochschule Börde' }));
    const offer = await store('offers', makeOffer({ providerId: provider.id, name: 'Integrationskurs' }));
    const { user } = renderApp(paths.offerEdit(offer.id));
    await screen.findByRole('heading', { level: 1, name: 'Angebot bearbeiten' }, LOAD);

    await user.click(screen.getByLabelText('Dies ist ein Kurs (mit Startterminen und Plätzen)'));
    await user.type(screen.getByLabelText('Nächste Starttermine'), '01.03.2027, 11.01.2027');
    await user.type(screen.getByLabelText('Freie Plätze'), '4');
    await user.selectOptions(screen.getByLabelText('Sprache der neuen Übersetzung'), 'ar');
    await user.click(screen.getByRole('button', { name: 'Übersetzung hinzufügen' }));
    const arabic = screen.getByRole('group', { name: 'Arabisch (العربية)' });
    const description = within(arabic).getByLabelText(/^Beschreibung/);
    expect(description).toHaveAttribute('dir', 'rtl');
    expect(description).toHaveAttribute('lang', 'ar');
    await user.click(description);
    await user.paste('دورة لغة ألمانية حتى المستوى B1.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Angebot bearbeiten' }, LOAD);
    expect(await getById('offers', offer.id)).toMatchObject({
      course: { nextStartDates: ['2027-01-11', '2027-03-01'], freePlaces: 4, waitingList: false },
      translations: { ar: { name: '', description: 'دورة لغة ألمانية حتى المستوى B1.', practicalNotes: '' } },
    });
  });

  it('warns that a new provider looks like an existing one, and still lets it be saved', async () => {
    await store('providers', makeProvider({ name: 'AWO Kreisverband Börde e. V.', address: { street: 'Hagenstraße 8', postcode: '39340', city: 'Haldensleben' } }));
    await store('providers', makeProvider({ name: 'DRK Kreisverband Börde e. V.', address: { street: 'Gerikestraße 1', postcode: '39340', city: 'Haldensleben' } }));
    const { user } = renderApp(paths.providerNew());
    await screen.findByRole('heading', { level: 1, name: 'Neuer Träger' }, LOAD);
    await user.click(screen.getByLabelText(/^Name/));
    await user.paste('Awo Kreisverband Boerde');

    const intro = await screen.findByText('Es gibt schon einen ähnlichen Träger. Ist es derselbe?');
    const warning = intro.closest<HTMLElement>('[role="status"]')!;
    expect(within(warning).getByRole('link', { name: 'AWO Kreisverband Börde e. V.' })).toBeInTheDocument();
    expect(within(warning).queryByRole('link', { name: 'DRK Kreisverband Börde e. V.' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Neuer Träger' }, LOAD);
    expect((await listActive('providers')).map((p) => p.name).sort()).toEqual(['AWO Kreisverband Börde e. V.', 'Awo Kreisverband Boerde', 'DRK Kreisverband Börde e. V.']);
  });
});

describe('the re-verification queue', { timeout: 30_000 }, () => {
  it('lists entries unchecked for over a year and takes one off with "Noch aktuell"', async () => {
    const provider = await store('providers', makeProvider({ name: 'Tafel Oschersleben', lastVerified: today() }));
    await store('offers', makeOffer({ providerId: provider.id, name: 'Lebensmittelausgabe', lastVerified: '2020-03-01' }));
    await store('offers', makeOffer({ providerId: provider.id, name: 'Kleiderkammer', lastVerified: today() }));
    const { user } = renderApp(paths.staleQueue());

    await screen.findByRole('heading', { level: 1, name: 'Einträge zur Prüfung' }, LOAD);
    const queue = screen.getByRole('list', { name: 'Fällige Einträge' });
    expect(within(queue).getByText('Lebensmittelausgabe')).toBeInTheDocument();
    expect(within(queue).queryByText('Kleiderkammer')).not.toBeInTheDocument();
    expect(within(queue).queryByText('Tafel Oschersleben')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lebensmittelausgabe: noch aktuell' }));
    expect(await screen.findByText('Alle Einträge sind geprüft.')).toBeInTheDocument();
    const offers = await listActive('offers');
    expect(offers.find((o) => o.name === 'Lebensmittelausgabe')!.lastVerified).toBe(today());
  });

  it('uses a shorter interval once the coordinator sets it', async () => {
    const provider = await store('providers', makeProvider({ name: 'Tafel Oschersleben', lastVerified: today() }));
    const eightMonthsAgo = new Date();
    eightMonthsAgo.setMonth(eightMonthsAgo.getMonth() - 8);
    await store('offers', makeOffer({ providerId: provider.id, name: 'Kleiderkammer', lastVerified: eightMonthsAgo.toISOString().slice(0, 10) }));
    const { user } = renderApp(paths.staleQueue());
    expect(await screen.findByText('Alle Einträge sind geprüft.', {}, LOAD)).toBeInTheDocument();

    const months = screen.getByLabelText('Prüfung fällig nach … Monaten');
    await user.clear(months);
    await user.type(months, '6');
    await user.click(screen.getByRole('button', { name: 'Prüfabstand speichern' }));

    expect(await screen.findByRole('button', { name: 'Kleiderkammer: noch aktuell' })).toBeInTheDocument();
  });
});
