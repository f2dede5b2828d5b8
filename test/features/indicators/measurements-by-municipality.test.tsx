import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import type { AppDb } from '../../../src/db/database';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeIndicator, makeMeasurement, makeMunicipality } from '../../factories';
import { renderApp } from '../../render-app';

let database: AppDb;
const haldensleben = makeMunicipality({ name: 'Haldensleben' });
const flechtingen = makeMunicipality({ name: 'Flechtingen', kind: 'verbandsgemeinde', officialKey: '150835305', isTown: false });
const calvoerde = makeMunicipality({ name: 'Calvörde', kind: 'mitgliedsgemeinde', parentId: flechtingen.id, officialKey: '15083125', isTown: false });
const courses = makeIndicator({ name: 'Teilnehmende an Sprachkursen', unit: 'Personen', byMunicipality: true, period: 'yearly' });

beforeEach(async () => {
  database = freshDatabase();
  const records = emptyRecords();
  records.municipalities.push(haldensleben, flechtingen, calvoerde);
  records.indicators.push(courses);
  records.measurements.push(
    makeMeasurement({ indicatorId: courses.id, period: '2024', value: 310, municipalityId: null }),
    makeMeasurement({ indicatorId: courses.id, period: '2024', value: 120, municipalityId: haldensleben.id }),
  );
  await replaceAll(records);
});

describe('an indicator measured per municipality', () => {
  it('takes a value for a municipality in a period that already has a county-wide value', async () => {
    const { user } = renderApp(`/indikatoren/${courses.id}`);
    await user.click(await screen.findByRole('button', { name: 'Messwert erfassen' }));
    await user.type(screen.getByLabelText(/^Zeitraum/), '2024');
    await user.type(screen.getByLabelText(/^Wert/), '14');
    await user.selectOptions(screen.getByLabelText('Gemeinde'), calvoerde.id);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByText('Der Messwert ist gespeichert.');
    const table = screen.getByRole('table', { name: 'Messwerte' });
    expect(within(table).getByRole('row', { name: /Calvörde/ })).toHaveTextContent('14');
    expect(await database.entities('measurements').count()).toBe(3);
  });

  it('refuses a second value for the same municipality and period', async () => {
    const { user } = renderApp(`/indikatoren/${courses.id}`);
    await user.click(await screen.findByRole('button', { name: 'Messwert erfassen' }));
    await user.type(screen.getByLabelText(/^Zeitraum/), '2024');
    await user.type(screen.getByLabelText(/^Wert/), '125');
    await user.selectOptions(screen.getByLabelText('Gemeinde'), haldensleben.id);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(screen.getByLabelText(/^Zeitraum/)).toHaveAccessibleDescription(expect.stringContaining('ist schon erfasst (2024)'));
    expect(await database.entities('measurements').count()).toBe(2);
  });

  it('filters the table by municipality, and the choice stays in the address', async () => {
    const { user, router } = renderApp(`/indikatoren/${courses.id}`);
    const filter = await screen.findByLabelText('Messwerte zeigen für');
    await user.selectOptions(filter, haldensleben.id);

    const rows = within(screen.getByRole('table', { name: 'Messwerte' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Haldensleben');
    expect(router.state.location.search).toBe(`?gemeinde=${haldensleben.id}`);

    await user.selectOptions(filter, 'kreisweit');
    const countyRows = within(screen.getByRole('table', { name: 'Messwerte' })).getAllByRole('row').slice(1);
    expect(countyRows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['kreisweit']);
  });
});
