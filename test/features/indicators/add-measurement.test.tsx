import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import type { AppDb } from '../../../src/db/database';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeIndicator, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';

// A first render loads the screen's code; on a busy machine that takes a few seconds.
const LOAD = { timeout: 10_000 };

let database: AppDb;
// Relative to the real clock, so the story holds in any year.
const inFourYears = String(new Date().getFullYear() + 4);
const passRate = makeIndicator({ name: 'Anteil bestandener B1-Prüfungen', unit: '%', period: 'yearly', byMunicipality: false });
const value2024 = makeMeasurement({ indicatorId: passRate.id, period: '2024', value: 42, municipalityId: null, source: 'BAMF' });

beforeEach(async () => {
  database = freshDatabase();
  const records = emptyRecords();
  records.indicators.push(passRate);
  records.measurements.push(value2024);
  await replaceAll(records);
});

async function openForm() {
  const view = renderApp(`/indikatoren/${passRate.id}`);
  await screen.findByRole('heading', { level: 1, name: passRate.name }, LOAD);
  await view.user.click(screen.getByRole('button', { name: 'Messwert erfassen' }));
  return view;
}

function table() {
  return screen.getByRole('table', { name: 'Messwerte' });
}

describe('a caseworker adds a measurement', () => {
  it('sees it in the table, newest first, in German number format', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText(/^Zeitraum/), '2025');
    await user.type(screen.getByLabelText(/^Wert/), '61,5');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Der Messwert ist gespeichert.')).toBeInTheDocument();
    const rows = within(table()).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['61,5', '42']);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('2025');
    expect(within(rows[0]!).getByText('kreisweit')).toBeInTheDocument();
    expect(await database.entities('measurements').count()).toBe(2);
  });

  it.each([
    { story: 'a value that is not a number', period: '2025', value: 'abc', field: /^Wert/, message: 'muss eine Zahl sein.' },
    { story: 'a quarter for a yearly indicator', period: '2025-Q1', value: '45', field: /^Zeitraum/, message: 'passt nicht zum Erhebungsrhythmus des Indikators (2025).' },
    { story: 'a year that already has a county-wide value', period: '2024', value: '45', field: /^Zeitraum/, message: 'ist schon erfasst (2024); bitte den vorhandenen Messwert bearbeiten.' },
    { story: 'a year that has not begun (field test: 2030 in 2026)', period: inFourYears, value: '45', field: /^Zeitraum/, message: `liegt in der Zukunft (${inFourYears})` },
    { story: 'a percentage above 100', period: '2025', value: '120', field: /^Wert/, message: 'muss zwischen 0 und 100 liegen (Einheit: %).' },
    { story: 'a negative percentage', period: '2025', value: '-5', field: /^Wert/, message: 'muss zwischen 0 und 100 liegen (Einheit: %).' },
  ])('is told beside the field about $story, keeps the input and saves nothing', async ({ period, value, field, message }) => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText(/^Zeitraum/), period);
    await user.type(screen.getByLabelText(/^Wert/), value);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const input = screen.getByLabelText(field);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde nichts gespeichert.');
    expect(screen.getByLabelText(/^Zeitraum/)).toHaveValue(period);
    expect(screen.getByLabelText(/^Wert/)).toHaveValue(value);
    expect(await database.entities('measurements').count()).toBe(1);
  });

  it('may type a quarter in lower case for a quarterly indicator', async () => {
    const quarterly = makeIndicator({ name: 'Beratungen der Migrationsberatung', unit: 'Fälle', period: 'quarterly' });
    await replaceAll({ ...emptyRecords(), indicators: [quarterly] });
    const { user } = renderApp(`/indikatoren/${quarterly.id}`);
    await user.click(await screen.findByRole('button', { name: 'Messwert erfassen' }));
    await user.type(screen.getByLabelText(/^Zeitraum/), '2025-q2');
    await user.type(screen.getByLabelText(/^Wert/), '87');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByText('Der Messwert ist gespeichert.');
    expect(within(table()).getByRole('rowheader')).toHaveTextContent('2025-Q2');
  });

  it('is told that an empty period is missing, not malformed', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText(/^Wert/), '45');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getByLabelText(/^Zeitraum/)).toHaveAccessibleDescription(expect.stringContaining('ist ein Pflichtfeld.'));
  });

  it('is told that a count cannot be negative (field test: -5 Personen)', async () => {
    const arrivals = makeIndicator({ name: 'Neu zugewiesene Geflüchtete', unit: 'Personen', period: 'yearly' });
    await replaceAll({ ...emptyRecords(), indicators: [arrivals] });
    const { user } = renderApp(`/indikatoren/${arrivals.id}`);
    await user.click(await screen.findByRole('button', { name: 'Messwert erfassen' }));
    await user.type(screen.getByLabelText(/^Zeitraum/), '2025');
    await user.type(screen.getByLabelText(/^Wert/), '-5');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(screen.getByLabelText(/^Wert/)).toHaveAccessibleDescription(expect.stringContaining('darf nicht negativ sein (Einheit: Personen).'));
    expect(await database.entities('measurements').count()).toBe(0);
  });

  it('is told on leaving the field, before saving', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText(/^Zeitraum/), '2025-Q1');
    await user.tab();
    expect(screen.getByLabelText(/^Zeitraum/)).toHaveAccessibleDescription(expect.stringContaining('passt nicht zum Erhebungsrhythmus'));
  });
});

describe('a caseworker corrects a measurement', () => {
  it('sees the new value after leaving and coming back', async () => {
    const first = renderApp(`/indikatoren/${passRate.id}`);
    await first.user.click(await screen.findByRole('button', { name: /Bearbeiten Messwert 2024, kreisweit/ }));
    const value = screen.getByLabelText(/^Wert/);
    expect(value).toHaveValue('42');
    await first.user.clear(value);
    await first.user.type(value, '43,25');
    await first.user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByText('Der Messwert ist gespeichert.');
    first.unmount();

    renderApp(`/indikatoren/${passRate.id}`);
    await screen.findByRole('heading', { level: 1, name: passRate.name }, LOAD);
    expect(within(table()).getByRole('row', { name: /2024/ })).toHaveTextContent('43,25');
    expect(await database.entities('measurements').count()).toBe(1);
  });
});
