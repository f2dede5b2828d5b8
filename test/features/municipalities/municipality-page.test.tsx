import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import type { AppDb } from '../../../src/db/database';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeMeasure, makeMunicipality, makeOffer } from '../../factories';
import { renderApp } from '../../render-app';

let database: AppDb;
const flechtingen = makeMunicipality({ name: 'Flechtingen', kind: 'verbandsgemeinde', officialKey: '150835305', isTown: false, population: null });
const calvoerde = makeMunicipality({
  name: 'Calvörde',
  kind: 'mitgliedsgemeinde',
  parentId: flechtingen.id,
  officialKey: '15083125',
  isTown: false,
  population: { value: 3412, date: '2023-12-31', source: 'Statistisches Landesamt Sachsen-Anhalt', invented: false },
  foreignNationals: { value: 95, date: '2023-12-31', source: 'Beispielwert (erfunden)', invented: true },
  topNationalities: { date: '2023-12-31', source: 'Beispielwert (erfunden)', invented: true, entries: [{ country: 'UA', count: 31 }, { country: 'SY', count: 44 }] },
});
const languageCafe = makeMeasure({ title: 'Sprachcafé Calvörde', municipalityIds: [calvoerde.id] });
const elsewhere = makeMeasure({ title: 'Sprachcafé Haldensleben', municipalityIds: [] });
const consultation = makeOffer({ name: 'Sprechstunde im Rathaus Calvörde', municipalityIds: [calvoerde.id] });
const closed = makeOffer({ name: 'Früheres Nähcafé', municipalityIds: [calvoerde.id], archived: true });

beforeEach(async () => {
  database = freshDatabase();
  const records = emptyRecords();
  records.municipalities.push(flechtingen, calvoerde);
  records.measures.push(languageCafe, elsewhere);
  records.offers.push(consultation, closed);
  await replaceAll(records);
});

describe('a municipality’s page', () => {
  it('shows its kind, key, Verbandsgemeinde, figures and most frequent nationalities', async () => {
    renderApp(`/gemeinden/${calvoerde.id}`);
    const facts = await screen.findByRole('region', { name: 'Steckbrief' });
    expect(facts).toHaveTextContent('Mitgliedsgemeinde');
    expect(facts).toHaveTextContent('15083125');
    expect(within(facts).getByRole('link', { name: 'Verbandsgemeinde Flechtingen' })).toHaveAttribute('href', `/gemeinden/${flechtingen.id}`);
    expect(facts).toHaveTextContent('3.412 (Stand 31.12.2023)');
    expect(facts).toHaveTextContent('Statistisches Landesamt Sachsen-Anhalt');

    const nationalities = screen.getByRole('table', { name: 'Häufigste Staatsangehörigkeiten' });
    const rows = within(nationalities).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Syrien44', 'Ukraine31']);
    expect(screen.getByRole('region', { name: 'Häufigste Staatsangehörigkeiten' })).toHaveTextContent('erfundener Beispielwert');
  });

  it('lists the measures and current offers named for it, not those elsewhere or archived', async () => {
    renderApp(`/gemeinden/${calvoerde.id}`);
    const active = await screen.findByRole('region', { name: 'Maßnahmen und Angebote vor Ort' });
    expect(within(active).getByRole('link', { name: /Sprachcafé Calvörde/ })).toHaveAttribute('href', `/massnahmen/${languageCafe.id}`);
    expect(within(active).queryByText(/Sprachcafé Haldensleben/)).not.toBeInTheDocument();
    expect(within(active).getByText('Sprechstunde im Rathaus Calvörde')).toBeInTheDocument();
    expect(within(active).queryByText('Früheres Nähcafé')).not.toBeInTheDocument();
  });

  it('names the members of a Verbandsgemeinde', async () => {
    renderApp(`/gemeinden/${flechtingen.id}`);
    const facts = await screen.findByRole('region', { name: 'Steckbrief' });
    expect(within(facts).getByRole('link', { name: 'Calvörde' })).toHaveAttribute('href', `/gemeinden/${calvoerde.id}`);
  });
});

describe('editing a municipality', () => {
  it('stores a new figure, which is no longer marked invented', async () => {
    const { user } = renderApp(`/gemeinden/${calvoerde.id}/bearbeiten`);
    const foreign = await screen.findByRole('group', { name: 'Ausländische Staatsangehörige' });
    const value = within(foreign).getByLabelText('Zahl');
    expect(value).toHaveValue('95');
    await user.clear(value);
    await user.type(value, '1.102');
    await user.clear(within(foreign).getByLabelText('Stand'));
    await user.type(within(foreign).getByLabelText('Stand'), '2024-12-31');
    await user.clear(within(foreign).getByLabelText('Quelle'));
    await user.type(within(foreign).getByLabelText('Quelle'), 'Ausländerbehörde Landkreis Börde');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const facts = await screen.findByRole('region', { name: 'Steckbrief' });
    const foreignFigure = within(facts).getByText('Ausländische Staatsangehörige').nextElementSibling!;
    expect(foreignFigure).toHaveTextContent('1.102 (Stand 31.12.2024)');
    expect(foreignFigure).toHaveTextContent('Ausländerbehörde Landkreis Börde');
    expect(foreignFigure).not.toHaveTextContent('erfundener Beispielwert');
  });

  it('refuses a figure that is not a number or has no date, and saves nothing', async () => {
    const { user } = renderApp(`/gemeinden/${calvoerde.id}/bearbeiten`);
    const migration = await screen.findByRole('group', { name: 'Menschen mit Migrationsgeschichte' });
    await user.type(within(migration).getByLabelText('Zahl'), 'etwa 300');
    await user.type(within(migration).getByLabelText('Quelle'), 'Schätzung des Integrationsbüros');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(within(migration).getByLabelText('Zahl')).toHaveAccessibleDescription('muss eine Zahl sein.');
    expect(within(migration).getByLabelText('Stand')).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect(within(migration).getByLabelText('Zahl')).toHaveValue('etwa 300');
    expect((await database.entities('municipalities').get(calvoerde.id))?.revision).toBe(1);
  });
});
