import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/core/schema';
import { emptyRecords } from '../../../src/core/snapshot';
import { getById } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeConcept, nextId } from '../../factories';
import { renderApp } from '../../render-app';

let concept: Concept;

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  concept = makeConcept({
    title: 'Integrationskonzept Landkreis Börde 2024–2028',
    principles: [
      { id: nextId(), title: 'Teilhabe für alle', text: 'Integration ist eine gemeinsame Aufgabe.' },
      { id: nextId(), title: 'Vielfalt als Stärke', text: '' },
    ],
  });
  // An older concept the county archived: the screens show the current one.
  records.concepts.push(makeConcept({ id: '00000000-0000-4000-8000-000000000000', title: 'Integrationskonzept 2015', status: 'archived' }), concept);
  await replaceAll(records);
});

const principleTitles = () => within(screen.getByRole('region', { name: 'Leitbild' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('vision and Leitbild', () => {
  it('shows the current concept with its status, validity and principles in order', async () => {
    renderApp(paths.concept());
    expect(await screen.findByRole('heading', { level: 1, name: 'Integrationskonzept Landkreis Börde 2024–2028' })).toBeInTheDocument();
    expect(screen.getByText('Beschlossen', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByText('01.01.2024 bis 31.12.2028')).toBeInTheDocument();
    expect(principleTitles()).toEqual(['Teilhabe für alle', 'Vielfalt als Stärke']);
  });

  it('the coordinator adds a principle, moves it to the top, saves, and sees the new order', async () => {
    const { user } = renderApp(paths.conceptEdit());
    await user.click(await screen.findByRole('button', { name: 'Leitsatz hinzufügen' }));
    const added = screen.getByRole('group', { name: 'Leitsatz 3' });
    const title = within(added).getByLabelText(/Titel/);
    expect(title).toHaveFocus();
    await user.type(title, 'Sprache öffnet Türen');
    await user.type(within(added).getByLabelText('Erläuterung'), 'Deutsch lernen und Herkunftssprachen achten.');

    await user.click(within(added).getByRole('button', { name: 'Nach oben: Leitsatz 3' }));
    await user.click(within(screen.getByRole('group', { name: 'Leitsatz 2' })).getByRole('button', { name: 'Nach oben: Leitsatz 2' }));
    expect(within(screen.getByRole('group', { name: 'Leitsatz 1' })).getByLabelText(/Titel/)).toHaveValue('Sprache öffnet Türen');
    expect(within(screen.getByRole('group', { name: 'Leitsatz 1' })).getByRole('button', { name: 'Nach unten: Leitsatz 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Integrationskonzept Landkreis Börde 2024–2028' })).toBeInTheDocument();
    expect(principleTitles()).toEqual(['Sprache öffnet Türen', 'Teilhabe für alle', 'Vielfalt als Stärke']);
    const stored = await getById('concepts', concept.id);
    expect(stored?.principles.map((p) => p.title)).toEqual(['Sprache öffnet Türen', 'Teilhabe für alle', 'Vielfalt als Stärke']);
  });

  it('removes a principle', async () => {
    const { user } = renderApp(paths.conceptEdit());
    await user.click(await screen.findByRole('button', { name: 'Entfernen: Leitsatz 1' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'Integrationskonzept Landkreis Börde 2024–2028' });
    expect(principleTitles()).toEqual(['Vielfalt als Stärke']);
  });

  it('a principle without a title and an end before the start are shown beside their fields; nothing is saved', async () => {
    const { user } = renderApp(paths.conceptEdit());
    await user.click(await screen.findByRole('button', { name: 'Leitsatz hinzufügen' }));
    const validTo = screen.getByLabelText('Gültig bis');
    await user.clear(validTo);
    await user.type(validTo, '2023-06-30');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(validTo).toHaveAccessibleDescription(expect.stringContaining('liegt vor dem Anfangsdatum.'));
    const emptyTitle = within(screen.getByRole('group', { name: 'Leitsatz 3' })).getByLabelText(/Titel/);
    expect(emptyTitle).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie 2 Angaben. Es wurde nichts gespeichert.');
    expect(validTo).toHaveValue('2023-06-30');
    expect(await getById('concepts', concept.id)).toMatchObject({ validTo: '2028-12-31', revision: 1 });
  });
});
