import { screen, within } from '@testing-library/react';
import { create, listActive } from '../../../src/db/repository';
import { paths } from '../../../src/ui/paths';
import { draftOf, freshDatabase, makeProvider } from '../../factories';
import { renderApp } from '../../render-app';

// Screens load lazily; on a busy shared machine the first render can take longer than a second.
const LOAD = { timeout: 10_000 };

async function storedProvider(name: string) {
  const result = await create('providers', draftOf('providers', makeProvider({ name })));
  if (!result.ok) throw new Error('provider not stored');
  return result.value;
}

/** Fills the two required fields of the offer form and saves. */
async function saveOffer(user: ReturnType<typeof renderApp>['user'], name: string, description: string) {
  await user.type(screen.getByLabelText(/^Name/), name);
  await user.click(screen.getByLabelText(/^Beschreibung/));
  await user.paste(description);
  await user.click(screen.getByRole('button', { name: 'Speichern' }));
}

beforeEach(() => {
  freshDatabase();
});

// Whole-app stories with many keystrokes; the shared test machine can be slow.
describe('the coordinator adds offers and locations from the app', { timeout: 30_000 }, () => {
  it('finds directory upkeep in the main navigation', async () => {
    const { user } = renderApp(paths.overview());
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    // The entry shows once the device's role is known (a device without a server may do everything).
    await user.click(await within(nav).findByRole('link', { name: 'Verzeichnispflege' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Verzeichnispflege' }, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Neues Angebot/ })).toHaveAttribute('href', paths.offerNew());
  });

  it('adds an offer from the provider’s page, filed under that provider', async () => {
    const provider = await storedProvider('Tafel Oschersleben');
    const { user } = renderApp(paths.provider(provider.id));
    await user.click(await screen.findByRole('link', { name: 'Neues Angebot' }, LOAD));

    await screen.findByRole('heading', { level: 1, name: 'Neues Angebot' }, LOAD);
    expect(screen.getByText('Ein Angebot von Tafel Oschersleben.')).toBeInTheDocument();
    await saveOffer(user, 'Lebensmittelausgabe', 'Lebensmittel für Menschen mit wenig Geld, donnerstags.');

    await screen.findByRole('heading', { level: 1, name: 'Lebensmittelausgabe' }, LOAD);
    expect(await listActive('offers')).toEqual([expect.objectContaining({ name: 'Lebensmittelausgabe', providerId: provider.id })]);
  });

  it('adds a location from the provider’s page and finds it listed there', async () => {
    const provider = await storedProvider('Tafel Oschersleben');
    const { user } = renderApp(paths.provider(provider.id));
    await user.click(await screen.findByRole('link', { name: 'Neuer Standort' }, LOAD));

    await screen.findByRole('heading', { level: 1, name: 'Neuer Standort' }, LOAD);
    await user.type(screen.getByLabelText(/^Name/), 'Ausgabestelle Markt');
    await user.type(screen.getByLabelText(/^Straße und Hausnummer/), 'Markt 3');
    await user.type(screen.getByLabelText(/^Postleitzahl/), '39387');
    await user.type(screen.getByLabelText(/^Ort/), 'Oschersleben');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'Tafel Oschersleben' }, LOAD);
    const locations = await screen.findByRole('region', { name: 'Standorte' }, LOAD);
    expect(await within(locations).findByText(/Ausgabestelle Markt/)).toBeInTheDocument();
    expect(await listActive('locations')).toEqual([expect.objectContaining({ providerId: provider.id })]);
  });

  it('opens "Neues Angebot" without a provider and is asked for one first, instead of a dead end', async () => {
    const provider = await storedProvider('Tafel Oschersleben');
    await storedProvider('AWO Kreisverband Börde e. V.');
    const { user } = renderApp(paths.offerNew());
    await screen.findByRole('heading', { level: 1, name: 'Neues Angebot' }, LOAD);

    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    const choice = screen.getByLabelText(/^Träger/);
    expect(choice).toHaveAccessibleDescription(expect.stringContaining('ist ein Pflichtfeld.'));
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bitte wählen', 'AWO Kreisverband Börde e. V.', 'Tafel Oschersleben']);

    await user.selectOptions(choice, 'Tafel Oschersleben');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await screen.findByText('Ein Angebot von Tafel Oschersleben.', {}, LOAD)).toBeInTheDocument();
    await saveOffer(user, 'Kleiderkammer', 'Kleidung für wenig Geld.');

    await screen.findByRole('heading', { level: 1, name: 'Kleiderkammer' }, LOAD);
    expect(await listActive('offers')).toEqual([expect.objectContaining({ name: 'Kleiderkammer', providerId: provider.id })]);
  });
});
