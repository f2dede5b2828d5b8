import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { listActive, remove } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeIndicator, makeMeasurement, makeMunicipality } from '../../factories';
import { renderApp } from '../../render-app';

const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
const csvFile = (...lines: string[]) => new File([`\uFEFF${[header, ...lines].join('\r\n')}\r\n`], 'messwerte.csv', { type: 'text/csv' });

const indicator = makeIndicator({ name: 'Anteil bestandener B1-Prüfungen', period: 'yearly' });

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.indicators.push(indicator);
  records.municipalities.push(makeMunicipality({ name: 'Haldensleben', officialKey: '15083270' }));
  await replaceAll(records);
});

describe('the coordinator imports measurements from a spreadsheet', () => {
  it('sees a faulty row with its problem, stores nothing, then imports the corrected file', async () => {
    const { user } = renderApp(paths.csv());
    await screen.findByRole('heading', { level: 1, name: 'CSV-Export und -Import' });
    const input = screen.getByLabelText('CSV-Datei');

    await user.upload(input, csvFile(';Anteil bestandener B1-Prüfungen;2025;;;47,5;%;BAMF;', ';Anteil bestandener B1-Prüfungen;2025;Haldensleben;;12,3,4;%;BAMF;'));
    const table = await screen.findByRole('table', { name: 'Vorschau' });
    const faulty = within(table).getByRole('row', { name: /^3 / });
    expect(faulty).toHaveTextContent('Wert ist keine Zahl im deutschen Format: „12,3,4“');
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde nichts gespeichert.');
    expect(screen.queryByRole('button', { name: /Messwerte übernehmen/ })).not.toBeInTheDocument();
    expect(await listActive('measurements')).toEqual([]);

    await user.upload(input, csvFile(';Anteil bestandener B1-Prüfungen;2025;;;47,5;%;BAMF;', ';Anteil bestandener B1-Prüfungen;2025;Haldensleben;;51;%;Stadt;'));
    await user.click(await screen.findByRole('button', { name: '2 Messwerte übernehmen' }));
    expect(await screen.findByText('2 Messwerte übernommen.')).toBeInTheDocument();
    const stored = await listActive('measurements');
    expect(stored.map((m) => m.value).sort()).toEqual([47.5, 51]);
  });

  it('stores none of the file when a measurement it changes was deleted after the preview', async () => {
    const earlier = makeMeasurement({ indicatorId: indicator.id, period: '2024', value: 40 });
    const records = emptyRecords();
    records.indicators.push(indicator);
    records.measurements.push(earlier);
    await replaceAll(records);
    const { user } = renderApp(paths.csv());
    await screen.findByRole('heading', { level: 1, name: 'CSV-Export und -Import' });

    await user.upload(screen.getByLabelText('CSV-Datei'), csvFile(';Anteil bestandener B1-Prüfungen;2025;;;47,5;%;BAMF;', ';Anteil bestandener B1-Prüfungen;2024;;;44;%;BAMF;'));
    const confirm = await screen.findByRole('button', { name: '2 Messwerte übernehmen' });
    await remove('measurements', earlier.id);
    await user.click(confirm);

    expect(await screen.findByRole('alert')).toHaveTextContent('Nichts übernommen: Ein Messwert, den die Datei ändert, wurde inzwischen gelöscht.');
    expect(await listActive('measurements')).toEqual([]);
  });
});
