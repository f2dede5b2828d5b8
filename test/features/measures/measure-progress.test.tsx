import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAuthor, today } from '../../../src/db/context';
import { getById } from '../../../src/db/repository';
import { formatDate } from '../../../src/ui/format';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storePlan } from '../plan/plan-data';

// A first render loads the screen's code; on a busy machine that takes a few seconds.
const LOAD = { timeout: 10_000 };

let plan: Awaited<ReturnType<typeof storePlan>>;

beforeEach(async () => {
  freshDatabase();
  plan = await storePlan();
  setAuthor('Herr Yılmaz');
});

afterEach(() => setAuthor(''));

/** Each note as "date · author | text", newest first. */
function noteTexts(section: HTMLElement): string[] {
  return within(section).getAllByRole('listitem').map((note) => [...note.querySelectorAll('p')].map((p) => p.textContent).join(' | '));
}

async function openNotes() {
  const view = renderApp(paths.measure(plan.measure.id));
  const section = await screen.findByRole('region', { name: 'Fortschrittsvermerke' }, LOAD);
  return { ...view, section };
}

describe('a caseworker records progress on a measure', () => {
  it('pauses the measure and sees the new status among its facts', async () => {
    const { user } = renderApp(paths.measure(plan.measure.id));
    const section = await screen.findByRole('region', { name: 'Status ändern' }, LOAD);
    await user.selectOptions(within(section).getByLabelText('Neuer Status'), 'Pausiert');
    await user.click(within(section).getByRole('button', { name: 'Status ändern' }));

    expect(await within(section).findByText('Der Status ist jetzt „Pausiert“.')).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Eckdaten' });
    expect(await within(facts).findByText('Pausiert')).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ status: 'paused', updatedBy: 'Herr Yılmaz' });
  });

  it('adds a note dated today that appears above the older one, signed with their name', async () => {
    const { user } = renderApp(paths.measure(plan.measure.id));
    const section = await screen.findByRole('region', { name: 'Fortschrittsvermerke' }, LOAD);
    expect(within(section).getByLabelText(/Datum/)).toHaveValue(today());
    await user.type(within(section).getByLabelText(/^Vermerk/), 'Zweite Gruppe am Donnerstag gestartet.');
    await user.click(within(section).getByRole('button', { name: 'Vermerk hinzufügen' }));

    expect(await within(section).findByText('Der Vermerk wurde gespeichert.')).toBeInTheDocument();
    expect(noteTexts(section)).toEqual([
      `${formatDate(today(), 'de')} · Herr Yılmaz | Zweite Gruppe am Donnerstag gestartet.`,
      '10.04.2024 · Frau Schulz | Erstes Treffen mit 12 Gästen.',
    ]);
    expect(within(section).getByLabelText(/^Vermerk/)).toHaveValue('');
    const stored = await getById('measures', plan.measure.id);
    expect(stored?.progressNotes.map((note) => note.author)).toEqual(['Frau Schulz', 'Herr Yılmaz']);
  });

  it('without a name set, a note reads as written on this device, not by “lokal”', async () => {
    setAuthor('');
    const { user, section } = await openNotes();
    await user.type(within(section).getByLabelText(/^Vermerk/), 'Raum gewechselt.');
    await user.click(within(section).getByRole('button', { name: 'Vermerk hinzufügen' }));

    expect(await within(section).findByText('Der Vermerk wurde gespeichert.')).toBeInTheDocument();
    expect(noteTexts(section)[0]).toBe(`${formatDate(today(), 'de')} · auf diesem Gerät | Raum gewechselt.`);
    expect(section).not.toHaveTextContent('lokal');
  });

  it('cannot add an empty note: the message stands beside the note field', async () => {
    const { user } = renderApp(paths.measure(plan.measure.id));
    const section = await screen.findByRole('region', { name: 'Fortschrittsvermerke' }, LOAD);
    await user.click(within(section).getByRole('button', { name: 'Vermerk hinzufügen' }));

    expect(within(section).getByLabelText(/^Vermerk/)).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect((await getById('measures', plan.measure.id))?.progressNotes).toHaveLength(1);
  });
});

describe('a note that was wrong (field test: a note dated 2031 was saved and could not be taken back)', () => {
  const inTwoYears = `${new Date().getFullYear() + 2}-03-01`;

  it('cannot be added with a date in the future: the message stands beside the date', async () => {
    const { user, section } = await openNotes();
    const date = within(section).getByLabelText(/Datum/);
    await user.clear(date);
    await user.type(date, inTwoYears);
    await user.type(within(section).getByLabelText(/^Vermerk/), 'Abschlussfest geplant.');
    await user.click(within(section).getByRole('button', { name: 'Vermerk hinzufügen' }));

    expect(date).toHaveAccessibleDescription('darf nicht in der Zukunft liegen.');
    expect((await getById('measures', plan.measure.id))?.progressNotes).toHaveLength(1);
  });

  it('is corrected in place: same note, same author, new text and date', async () => {
    const { user, section } = await openNotes();
    await user.click(within(section).getByRole('button', { name: 'Bearbeiten Vermerk vom 10.04.2024' }));
    const form = within(section).getByRole('form', { name: 'Vermerk bearbeiten' });
    const date = within(form).getByLabelText(/Datum/);
    expect(date).toHaveFocus();
    await user.clear(date);
    await user.type(date, '2024-04-11');
    const text = within(form).getByLabelText(/^Vermerk/);
    await user.clear(text);
    await user.type(text, 'Erstes Treffen mit 14 Gästen.');
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));

    expect(await within(section).findByText('Der Vermerk wurde geändert.')).toBeInTheDocument();
    expect(noteTexts(section)).toEqual(['11.04.2024 · Frau Schulz | Erstes Treffen mit 14 Gästen.']);
    expect(within(section).getByRole('button', { name: 'Bearbeiten Vermerk vom 11.04.2024' })).toHaveFocus();
    const stored = await getById('measures', plan.measure.id);
    expect(stored?.progressNotes).toEqual([{ id: plan.measure.progressNotes[0]!.id, date: '2024-04-11', text: 'Erstes Treffen mit 14 Gästen.', author: 'Frau Schulz' }]);
  });

  it('is deleted after the question is confirmed', async () => {
    const { user, section } = await openNotes();
    await user.click(within(section).getByRole('button', { name: 'Löschen Vermerk vom 10.04.2024' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Vermerk löschen?' });
    expect(dialog).toHaveTextContent('Der Vermerk vom 10.04.2024 wird gelöscht: „Erstes Treffen mit 12 Gästen.“');
    await user.click(within(dialog).getByRole('button', { name: 'Vermerk löschen' }));

    expect(await within(section).findByText('Der Vermerk wurde gelöscht.')).toBeInTheDocument();
    expect(within(section).getByText('Noch keine Vermerke.')).toBeInTheDocument();
    expect((await getById('measures', plan.measure.id))?.progressNotes).toEqual([]);
  });
});
