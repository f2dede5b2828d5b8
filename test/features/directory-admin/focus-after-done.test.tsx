// A keyboard or screen-reader user works through the coordinator's queues. When the item they
// acted on leaves the list ("Noch aktuell", "Meldung verwerfen"), the focus goes on to the next
// item, or to the list's heading when none is left, never back to the top of the page.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { create } from '../../../src/db/repository';
import { paths } from '../../../src/ui/paths';
import { draftOf, freshDatabase, makeCorrectionReport, makeOffer, makeProvider } from '../../factories';
import { renderApp } from '../../render-app';

// Screens load lazily; on a busy shared machine the first render can take longer than a second.
const LOAD = { timeout: 10_000 };

async function stored<T extends { id: string }>(result: Promise<{ ok: true; value: T } | { ok: false }>): Promise<T> {
  const done = await result;
  if (!done.ok) throw new Error('not stored');
  return done.value;
}

async function storeDirectory() {
  const provider = await stored(create('providers', draftOf('providers', makeProvider({ name: 'Tafel Oschersleben', lastVerified: '2020-01-01' }))));
  const food = await stored(create('offers', draftOf('offers', makeOffer({ providerId: provider.id, name: 'Lebensmittelausgabe', lastVerified: '2020-03-01' }))));
  const clothes = await stored(create('offers', draftOf('offers', makeOffer({ providerId: provider.id, name: 'Kleiderkammer', lastVerified: '2020-06-01' }))));
  return { provider, food, clothes };
}

async function report(targetId: string, note: string) {
  return stored(create('correctionReports', draftOf('correctionReports', makeCorrectionReport({ targetKind: 'offers', targetId, note }))));
}

beforeEach(() => {
  freshDatabase();
});

describe('the focus after an item leaves a queue', { timeout: 30_000 }, () => {
  it('"Noch aktuell" moves it to the next entry due, and to the page heading after the last', async () => {
    await storeDirectory();
    const { user } = renderApp(paths.staleQueue());
    const queue = await screen.findByRole('list', { name: 'Fällige Einträge' }, LOAD);

    await user.click(within(queue).getByRole('button', { name: 'Tafel Oschersleben: noch aktuell' }));
    await screen.findByText('„Tafel Oschersleben“ ist als heute geprüft vermerkt.');
    expect(within(queue).getByRole('link', { name: 'Lebensmittelausgabe' })).toHaveFocus();

    await user.click(within(queue).getByRole('button', { name: 'Kleiderkammer: noch aktuell' }));
    await screen.findByText('„Kleiderkammer“ ist als heute geprüft vermerkt.');
    expect(within(queue).getByRole('link', { name: 'Lebensmittelausgabe' })).toHaveFocus();

    await user.click(within(queue).getByRole('button', { name: 'Lebensmittelausgabe: noch aktuell' }));
    await screen.findByText('Alle Einträge sind geprüft.');
    expect(screen.getByRole('heading', { level: 1, name: 'Einträge zur Prüfung' })).toHaveFocus();
  });

  it('"Meldung verwerfen" moves it to the next open report, and to the list’s heading after the last', async () => {
    const { food, clothes } = await storeDirectory();
    await report(food.id, 'Die Ausgabe ist jetzt dienstags.');
    await report(clothes.id, 'Die Kleiderkammer ist umgezogen.');
    const { user } = renderApp(paths.corrections());

    const dismiss = async (name: string) => {
      const item = await screen.findByRole('listitem', { name: `Meldung zu ${name}` }, LOAD);
      await user.click(within(item).getByRole('button', { name: 'Verwerfen' }));
      await user.type(within(item).getByLabelText(/^Begründung/), 'Stimmt so.');
      await user.click(within(item).getByRole('button', { name: 'Meldung verwerfen' }));
    };

    await dismiss('Lebensmittelausgabe');
    await screen.findByRole('heading', { level: 2, name: '1 offene Meldung' });
    expect(within(screen.getByRole('listitem', { name: 'Meldung zu Kleiderkammer' })).getByRole('link', { name: 'Kleiderkammer' })).toHaveFocus();

    await dismiss('Kleiderkammer');
    await screen.findByText('Keine offenen Meldungen.');
    expect(screen.getByRole('heading', { level: 2, name: '0 offene Meldungen' })).toHaveFocus();
  });
});
