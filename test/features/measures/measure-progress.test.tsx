import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAuthor, today } from '../../../src/db/context';
import { getById } from '../../../src/db/repository';
import { formatDate } from '../../../src/ui/format';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storePlan } from '../plan/plan-data';

let plan: Awaited<ReturnType<typeof storePlan>>;

beforeEach(async () => {
  freshDatabase();
  plan = await storePlan();
  setAuthor('Herr Yılmaz');
});

afterEach(() => setAuthor(''));

describe('a caseworker records progress on a measure', () => {
  it('pauses the measure and sees the new status among its facts', async () => {
    const { user } = renderApp(paths.measure(plan.measure.id));
    const section = await screen.findByRole('region', { name: 'Status ändern' });
    await user.selectOptions(within(section).getByLabelText('Neuer Status'), 'Pausiert');
    await user.click(within(section).getByRole('button', { name: 'Status ändern' }));

    expect(await within(section).findByText('Der Status ist jetzt „Pausiert“.')).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Eckdaten' });
    expect(await within(facts).findByText('Pausiert')).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ status: 'paused', updatedBy: 'Herr Yılmaz' });
  });

  it('adds a note dated today that appears above the older one, signed with their name', async () => {
    const { user } = renderApp(paths.measure(plan.measure.id));
    const section = await screen.findByRole('region', { name: 'Fortschrittsvermerke' });
    expect(within(section).getByLabelText(/Datum/)).toHaveValue(today());
    await user.type(within(section).getByLabelText(/^Vermerk/), 'Zweite Gruppe am Donnerstag gestartet.');
    await user.click(within(section).getByRole('button', { name: 'Vermerk hinzufügen' }));

    expect(await within(section).findByText('Der Vermerk wurde gespeichert.')).toBeInTheDocument();
    const notes = within(section).getAllByRole('listitem');
    expect(notes.map((note) => note.textContent)).toEqual([
      `${formatDate(today(), 'de')} · Herr YılmazZweite Gruppe am Donnerstag gestartet.`,
      '10.04.2024 · Frau SchulzErstes Treffen mit 12 Gästen.',
    ]);
    expect(within(section).getByLabelText(/^Vermerk/)).toHaveValue('');
    const stored = await getById('measures', plan.measure.id);
    expect(stored?.progressNotes.map((note) => note.author)).toEqual(['Frau Schulz', 'Herr Yılmaz']);
  });

  it('cannot add an empty note: the message stands beside the note field', async () => {
    const { user } = renderApp(paths.measure(plan.measure.id));
    const section = await screen.findByRole('region', { name: 'Fortschrittsvermerke' });
    await user.click(within(section).getByRole('button', { name: 'Vermerk hinzufügen' }));

    expect(within(section).getByLabelText(/^Vermerk/)).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect((await getById('measures', plan.measure.id))?.progressNotes).toHaveLength(1);
  });
});
