// A caseworker opens an indicator and reads its trend: as a chart, and for a screen reader as a
// sentence and a table; municipalities can be drawn beside the county line.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeIndicator, makeMeasurement, makeMunicipality } from '../../factories';
import { renderApp } from '../../render-app';

const haldensleben = makeMunicipality({ name: 'Haldensleben' });
const wanzleben = makeMunicipality({ name: 'Wanzleben-Börde', officialKey: '15083565' });
// Participants should rise from 200 (end of 2022) to 300 (end of 2026); warn below 180.
const courses = makeIndicator({
  name: 'Teilnehmende an Sprachkursen',
  unit: 'Personen',
  byMunicipality: true,
  baseline: { value: 200, date: '2022-12-31' },
  target: { value: 300, date: '2026-12-31' },
  warningThreshold: 180,
});
const county = (period: string, value: number) => makeMeasurement({ indicatorId: courses.id, period, value, municipalityId: null });

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.municipalities.push(haldensleben, wanzleben);
  records.indicators.push(courses);
  records.measurements.push(
    county('2023', 230),
    county('2024', 240),
    makeMeasurement({ indicatorId: courses.id, period: '2023', value: 90, municipalityId: haldensleben.id }),
    makeMeasurement({ indicatorId: courses.id, period: '2024', value: 84, municipalityId: haldensleben.id }),
  );
  await replaceAll(records);
});

describe('the indicator chart', () => {
  it('sums the chart up in one sentence and lists its values with the target path in a table', async () => {
    renderApp(`/indikatoren/${courses.id}`);
    const section = await screen.findByRole('region', { name: 'Verlauf' });
    const image = within(section).getByRole('img');
    // Halfway along the path at the end of 2024 (a day more or less, for the leap year).
    expect(image).toHaveAccessibleName(
      /^Teilnehmende an Sprachkursen: zuletzt 240 Personen \(2024\), erwartet 250(,0\d)? Personen; Ausgangswert 200 Personen \(31\.12\.2022\), Ziel 300 Personen bis 31\.12\.2026; Status: gefährdet\.$/,
    );
    const table = within(section).getByRole('table', { name: 'Messwerte: Teilnehmende an Sprachkursen (Personen)' });
    const cells = within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells[0]).toEqual(['Zeitraum', 'Kreisweit', 'Zielpfad']);
    expect(cells.slice(1).map(([period, value]) => [period, value])).toEqual([['2023', '230'], ['2024', '240']]);
    expect(cells.slice(1).map((row) => Math.round(Number(row[2]!.replace(',', '.'))))).toEqual([225, 250]);
  });

  it('names its lines in a legend, threshold included, so colour is not needed to read it', async () => {
    renderApp(`/indikatoren/${courses.id}`);
    const legend = await screen.findByRole('list', { name: 'Legende' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Kreisweit',
      'Zielpfad',
      'Ausgangswert',
      'Ziel',
      'Warnschwelle: 180 Personen',
    ]);
  });

  it('draws a chosen municipality beside the county and adds its column to the table', async () => {
    const { user, router } = renderApp(`/indikatoren/${courses.id}`);
    const section = await screen.findByRole('region', { name: 'Verlauf' });
    const compare = within(section).getByRole('group', { name: /Gemeinden im Diagramm vergleichen/ });
    // Only municipalities with values are offered.
    expect(within(compare).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual(['Haldensleben']);
    await user.click(within(compare).getByRole('checkbox', { name: 'Haldensleben' }));

    expect(router.state.location.search).toBe(`?vergleich=${haldensleben.id}`);
    const table = within(section).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Haldensleben' })).toBeInTheDocument();
    const row2024 = within(table).getByRole('row', { name: /^2024/ });
    expect([...row2024.children].slice(0, 3).map((cell) => cell.textContent)).toEqual(['2024', '240', '84']);
    expect(within(within(section).getByRole('list', { name: 'Legende' })).getByText('Haldensleben')).toBeInTheDocument();
  });

  it('explains the status in words on the indicator page', async () => {
    renderApp(`/indikatoren/${courses.id}`);
    const status = await screen.findByRole('region', { name: 'Status' });
    expect(within(status).getByText(/^240 Personen \(2024\) liegt hinter dem Zielpfad; erwartet waren 250(,0\d)? Personen\.$/)).toBeInTheDocument();
  });
});

describe('the indicator list', () => {
  it('shows a small trend line with its values for screen readers', async () => {
    renderApp('/indikatoren');
    const item = (await screen.findByRole('link', { name: /Teilnehmende an Sprachkursen/ })).closest('li')!;
    expect(item).toHaveTextContent('Verlauf kreisweit: 230, 240');
  });
});
