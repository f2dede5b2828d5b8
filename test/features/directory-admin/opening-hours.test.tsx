import { screen, within } from '@testing-library/react';
import { create, getById } from '../../../src/db/repository';
import { paths } from '../../../src/ui/paths';
import { draftOf, freshDatabase, makeOffer, makeProvider } from '../../factories';
import { renderApp } from '../../render-app';

// Screens load lazily; on a busy shared machine the first render can take longer than a second.
const LOAD = { timeout: 10_000 };

async function storedOffer() {
  const provider = await create('providers', draftOf('providers', makeProvider({ name: 'AWO Kreisverband Börde e. V.' })));
  if (!provider.ok) throw new Error('provider not stored');
  const offer = await create('offers', draftOf('offers', makeOffer({ providerId: provider.value.id, name: 'Elterncafé', openingHours: [] })));
  if (!offer.ok) throw new Error('offer not stored');
  return offer.value;
}

async function openFirstSlot(offerId: string) {
  const app = renderApp(paths.offerEdit(offerId));
  await screen.findByRole('heading', { level: 1, name: 'Angebot bearbeiten' }, LOAD);
  await app.user.click(screen.getByRole('button', { name: 'Zeitfenster hinzufügen' }));
  const slot = screen.getByRole('group', { name: 'Zeitfenster 1' });
  const opens = within(slot).getByLabelText('Öffnet um');
  const closes = within(slot).getByLabelText('Schließt um');
  /** Types the two times over what the slot suggested. */
  const typeTimes = async (from: string, to: string) => {
    await app.user.clear(opens);
    await app.user.type(opens, from);
    await app.user.clear(closes);
    await app.user.type(closes, to);
  };
  return { ...app, opens, closes, typeTimes };
}

beforeEach(() => {
  freshDatabase();
});

describe('the coordinator enters opening hours', { timeout: 30_000 }, () => {
  it('types "9" and "12" as anyone would, sees them as 09:00 and 12:00, and finds them stored so', async () => {
    const offer = await storedOffer();
    const { user, opens, closes, typeTimes } = await openFirstSlot(offer.id);

    await typeTimes('9', '12');
    await user.tab();
    expect(opens).toHaveValue('09:00');
    expect(closes).toHaveValue('12:00');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByRole('heading', { level: 1, name: 'Elterncafé' }, LOAD);
    expect((await getById('offers', offer.id))!.openingHours).toEqual([{ weekday: 1, opens: '09:00', closes: '12:00' }]);
  });

  it('reads "9.30" and "1730" too', async () => {
    const offer = await storedOffer();
    const { user, typeTimes } = await openFirstSlot(offer.id);

    await typeTimes('9.30', '1730');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'Elterncafé' }, LOAD);
    expect((await getById('offers', offer.id))!.openingHours).toEqual([{ weekday: 1, opens: '09:30', closes: '17:30' }]);
  });

  it('is told about both unreadable times, and the summary counts both', async () => {
    const offer = await storedOffer();
    const { user, opens, closes, typeTimes } = await openFirstSlot(offer.id);

    await typeTimes('früh', 'mittags');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(opens).toHaveAttribute('aria-invalid', 'true');
    expect(closes).toHaveAttribute('aria-invalid', 'true');
    expect(opens).toHaveValue('früh');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie 2 Angaben. Es wurde nichts gespeichert.');
    expect((await getById('offers', offer.id))!.revision).toBe(1);
  });
});
