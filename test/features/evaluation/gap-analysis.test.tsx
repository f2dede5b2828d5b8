// The coordinator looks for places where needs have no offer, and opens a cell to see why.
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeFieldOfAction, makeMunicipality, makeNeed, makeOffer } from '../../factories';
import { renderApp } from '../../render-app';

const language = makeFieldOfAction({ name: 'Sprache', order: 0 });
const fig = (value: number, invented = false) => ({ value, date: '2023-12-31', source: 'Statistik', invented });
const haldensleben = makeMunicipality({ name: 'Haldensleben', population: fig(19_000), migrationBackground: fig(2_000) });
const elbeHeide = makeMunicipality({ name: 'Elbe-Heide', kind: 'verbandsgemeinde', officialKey: '150835301', population: null, migrationBackground: null });
const rogaetz = makeMunicipality({ name: 'Rogätz', kind: 'mitgliedsgemeinde', parentId: elbeHeide.id, population: fig(2_100), migrationBackground: fig(150, true) });

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.fieldsOfAction.push(language);
  records.municipalities.push(haldensleben, elbeHeide, rogaetz);
  records.needs.push(makeNeed({ fieldId: language.id, municipalityId: rogaetz.id, description: 'Kein Sprachkurs mit Kinderbetreuung in Rogätz.' }));
  records.offers.push(
    ...['Sprachcafé', 'Deutsch für Frauen', 'Lesepaten'].map((name) =>
      makeOffer({ name, fieldIds: [language.id], municipalityIds: [haldensleben.id], targetGroups: ['women'] }),
    ),
  );
  await replaceAll(records);
});

test('the matrix is a table with places as columns and marks a gap in words', async () => {
  renderApp('/auswertung/bedarfsanalyse');
  const table = await screen.findByRole('table', { name: /Bedarfe, Angebote und Maßnahmen je Handlungsfeld und Gemeinde/ });
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
  expect(headers).toEqual(['Handlungsfeld', 'Elbe-HeideVerbandsgemeinde', 'HaldenslebenEinheitsgemeinde', 'kreisweit']);
  const row = within(table).getByRole('row', { name: /^Sprache/ });
  expect(within(row).getByRole('rowheader')).toHaveTextContent('Sprache');
  const cells = within(row).getAllByRole('cell');
  expect(cells[0]).toHaveTextContent('Lücke');
  expect(cells[1]).toHaveTextContent('Überschneidung');
  expect(cells[1]).not.toHaveTextContent('Lücke');
  expect(cells[2]).toHaveTextContent('nichts erfasst');
  expect(screen.getByText('Lücken: 1, Überschneidungen: 1.')).toBeInTheDocument();
});

test('a gap cell opens into the need behind it, an overlap cell into its offers', async () => {
  const { user } = renderApp('/auswertung/bedarfsanalyse');
  const gapCell = await screen.findByText('Sprache in Elbe-Heide: offene Bedarfe: 1, Angebote: 0, Maßnahmen: 0');
  await user.click(gapCell.closest('summary')!);
  expect(screen.getByRole('link', { name: 'Kein Sprachkurs mit Kinderbetreuung in Rogätz.' })).toBeVisible();

  const overlapCell = screen.getByText('Sprache in Haldensleben: offene Bedarfe: 0, Angebote: 3, Maßnahmen: 0');
  await user.click(overlapCell.closest('summary')!);
  const details = overlapCell.closest('details')!;
  expect(within(details).getAllByRole('link').map((a) => a.textContent)).toEqual(['Sprachcafé', 'Deutsch für Frauen', 'Lesepaten']);
  expect(details).toHaveTextContent('3 Angebote für Frauen');
});

test('figures per place give offers per 1,000 people with a migration history and mark invented ones', async () => {
  renderApp('/auswertung/bedarfsanalyse');
  const figures = await screen.findByRole('table', { name: /Angebote je 1.000 Menschen mit Migrationsgeschichte/ });
  const town = within(figures).getByRole('row', { name: /^Haldensleben/ });
  expect([...town.children].map((c) => c.textContent)).toEqual(['Haldensleben', '19.000', '2.000', '3', '1,5']);
  const vg = within(figures).getByRole('row', { name: /^Elbe-Heide/ });
  expect(vg).toHaveTextContent('mit Rogätz');
  expect(vg).toHaveTextContent('150* (erfunden)');
  expect(screen.getByText(/Beispielwert, nicht aus einer amtlichen Quelle/)).toBeInTheDocument();
});

test('the evaluation hub leads to the gap analysis and the other evaluation screens', async () => {
  const { user } = renderApp('/auswertung');
  expect(await screen.findByText(/Bedarfsanalyse – Lücken: 1, Überschneidungen: 1/)).toBeInTheDocument();
  for (const name of [/Evaluationen/, /Bericht für den Kreistag/, /CSV-Export und -Import/]) {
    expect(screen.getByRole('link', { name })).toBeInTheDocument();
  }
  await user.click(screen.getByRole('link', { name: /Bedarfs- und Angebotsanalyse/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Bedarfs- und Angebotsanalyse' })).toBeInTheDocument();
});
