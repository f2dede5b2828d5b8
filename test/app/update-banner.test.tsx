// A new version is waiting while the coordinator is half-way through editing a measure:
// accepting the update must not throw their typing away.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { simulateUpdatePhase } from '../../src/app/pwa/register';
import { replaceAll } from '../../src/db/snapshot';
import { freshDatabase, makeLinkedRecords } from '../factories';
import { renderApp } from '../render-app';

let stored: ReturnType<typeof makeLinkedRecords>;

beforeEach(async () => {
  freshDatabase();
  stored = makeLinkedRecords();
  await replaceAll(stored);
});

afterEach(() => simulateUpdatePhase('none'));

test('with a half-filled form the update waits and asks to save first', async () => {
  const measure = stored.measures[0]!;
  const { user } = renderApp(`/massnahmen/${measure.id}/bearbeiten`);
  const title = await screen.findByLabelText(/^Titel/, {}, { timeout: 5000 });
  await user.clear(title);
  await user.type(title, 'Noch nicht gespeichert');

  simulateUpdatePhase('waiting');
  await user.click(await screen.findByRole('button', { name: 'jetzt aktualisieren' }));

  expect(await screen.findByText(/^Bitte erst speichern/)).toBeInTheDocument();
  expect(screen.getByLabelText(/^Titel/)).toHaveValue('Noch nicht gespeichert');
});
