// Field test, issue 11: a value for 2030 was stored (before periods in the future were
// refused), drove the indicator's status, and could not be taken back.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import type { AppDb } from '../../../src/db/database';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeIndicator, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';

// A first render loads the screen's code; on a busy machine that takes a few seconds.
const LOAD = { timeout: 10_000 };
let database: AppDb;
const passRate = makeIndicator({ name: 'Anteil bestandener B1-Prüfungen', unit: '%', period: 'yearly', byMunicipality: false });
const value2024 = makeMeasurement({ indicatorId: passRate.id, period: '2024', value: 42, municipalityId: null });
const planned = makeMeasurement({ indicatorId: passRate.id, period: '2030', value: 90, municipalityId: null });

beforeEach(async () => {
  database = freshDatabase();
  await replaceAll({ ...emptyRecords(), indicators: [passRate], measurements: [value2024, planned] });
});

async function openIndicator() {
  const view = renderApp(paths.indicator(passRate.id));
  await screen.findByRole('heading', { level: 1, name: passRate.name }, LOAD);
  return view;
}

const status = () => screen.getByRole('region', { name: 'Status' });
const table = () => screen.getByRole('table', { name: 'Messwerte' });

describe('the coordinator deletes a measurement', () => {
  it('confirms, and the value leaves the table and the status; a tombstone stays for export and sync', async () => {
    const { user } = await openIndicator();
    expect(status()).toHaveTextContent('Neuester kreisweiter Messwert: 90 % (2030).');

    await user.click(screen.getByRole('button', { name: 'Löschen Messwert 2030, kreisweit' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Messwert löschen?' });
    expect(dialog).toHaveTextContent('Der Wert 90 % für 2030 (kreisweit) wird gelöscht. Er zählt dann nicht mehr für Status, Verlauf, Bericht und Export.');
    await user.click(within(dialog).getByRole('button', { name: 'Messwert löschen' }));

    expect(await screen.findByText('Der Messwert wurde gelöscht.')).toBeInTheDocument();
    expect(within(table()).queryByRole('row', { name: /2030/ })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('Neuester kreisweiter Messwert: 42 % (2024).');
    // The focus moves once the dialog has closed and the page has settled.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Messwert erfassen' })).toHaveFocus());
    expect(await database.entities('measurements').get(planned.id)).toMatchObject({ deleted: true, revision: 2 });
  });

  it('keeps the value when the question is cancelled, with the focus back on its button', async () => {
    const { user } = await openIndicator();
    const button = screen.getByRole('button', { name: 'Löschen Messwert 2030, kreisweit' });
    await user.click(button);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Abbrechen' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(table()).getByRole('row', { name: /2030/ })).toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(await database.entities('measurements').get(planned.id)).toMatchObject({ deleted: false, revision: 1 });
  });
});
