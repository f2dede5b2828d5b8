import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { listActive, remove } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeIndicator, makeMeasurement, makeMunicipality } from '../../factories';
import { renderApp } from '../../render-app';
import { openAndSaveInCalc, openAndSaveWithCommas } from '../../core/csv/libreoffice-like';

// A first render loads the screen's code; on a busy machine that takes a few seconds.
const LOAD = { timeout: 10_000 };

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
    await screen.findByRole('heading', { level: 1, name: 'CSV-Export und -Import' }, LOAD);
    const input = screen.getByLabelText('CSV-Datei');

    await user.upload(input, csvFile(';Anteil bestandener B1-Prüfungen;2025;;;47,5;%;BAMF;', ';Anteil bestandener B1-Prüfungen;2025;Haldensleben;;12,3,4;%;BAMF;'));
    const table = await screen.findByRole('table', { name: 'Vorschau' });
    expect(within(table).getByRole('row', { name: /^3 Fehler/ })).toBeInTheDocument();
    const faulty = screen.getByRole('region', { name: 'Fehlerhafte Zeilen' });
    expect(within(faulty).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Zeile 3: Wert ist keine Zahl im deutschen Format: „12,3,4“ (z. B. 1.234,5).',
    ]);
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
    await screen.findByRole('heading', { level: 1, name: 'CSV-Export und -Import' }, LOAD);

    await user.upload(screen.getByLabelText('CSV-Datei'), csvFile(';Anteil bestandener B1-Prüfungen;2025;;;47,5;%;BAMF;', ';Anteil bestandener B1-Prüfungen;2024;;;44;%;BAMF;'));
    const confirm = await screen.findByRole('button', { name: '2 Messwerte übernehmen' });
    await remove('measurements', earlier.id);
    await user.click(confirm);

    expect(await screen.findByRole('alert')).toHaveTextContent('Nichts übernommen: Ein Messwert, den die Datei ändert, wurde inzwischen gelöscht.');
    expect(await listActive('measurements')).toEqual([]);
  });
});

describe('field test, issue 11: a file opened in a spreadsheet with its default separators', () => {
  it('is refused with the split row named, and nothing is stored', async () => {
    const older = [header, ';Anteil bestandener B1-Prüfungen;2025;Haldensleben;15083270;61,5;%;BAMF;vorläufig, siehe Brief'].join('\r\n');
    const { user } = renderApp(paths.csv());
    await user.upload(await screen.findByLabelText('CSV-Datei', {}, { timeout: 10_000 }), new File([openAndSaveInCalc(older)], 'messwerte.csv', { type: 'text/csv' }));

    const faulty = await screen.findByRole('region', { name: 'Fehlerhafte Zeilen' });
    expect(faulty).toHaveTextContent('Zeile 2: Die Zeile hat 11 Zellen, die Kopfzeile 9.');
    expect(screen.getByText('1 Zeile: 0 neu, 0 geändert, 0 unverändert, 1 mit Fehlern.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /übernehmen/ })).not.toBeInTheDocument();
    expect(await listActive('measurements')).toEqual([]);
  });

  it('takes over a single measurement in the singular', async () => {
    const { user } = renderApp(paths.csv());
    await user.upload(await screen.findByLabelText('CSV-Datei', {}, { timeout: 10_000 }), csvFile(';Anteil bestandener B1-Prüfungen;2025;;;47,5;%;BAMF;'));
    await user.click(await screen.findByRole('button', { name: '1 Messwert übernehmen' }));
    expect(await screen.findByText('1 Messwert übernommen.')).toBeInTheDocument();
  });
});

describe('issue 18.15 a file a spreadsheet saved with the wrong separator', () => {
  it('is named once with what to do, not one line per row', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `;Anteil bestandener B1-Prüfungen;${1990 + i};;;"4${i},5";%;"BAMF, Integrationskursstatistik";"geprüft; vollständig"`);
    const saved = openAndSaveWithCommas(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`);
    const { user } = renderApp(paths.csv());
    await screen.findByRole('heading', { level: 1, name: 'CSV-Export und -Import' }, LOAD);
    await user.upload(screen.getByLabelText('CSV-Datei'), new File([saved], 'messwerte.csv', { type: 'text/csv' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Die Datei wurde mit dem Komma als Trennzeichen geöffnet und gespeichert; dabei sind die Spalten verloren gegangen, und Werte mit Komma wurden geteilt (Zeilen 2, 3, 4 und 27 weitere). Bitte öffnen Sie die aus der App exportierte Datei erneut und wählen Sie beim Öffnen das Semikolon als einziges Trennzeichen'),
    ]);
    expect(screen.queryByRole('table', { name: 'Vorschau' })).not.toBeInTheDocument();
  });

  it('rows with the same problem share one line', async () => {
    const { user } = renderApp(paths.csv());
    await screen.findByRole('heading', { level: 1, name: 'CSV-Export und -Import' }, LOAD);
    const rows = Array.from({ length: 6 }, (_, i) => `;Anteil bestandener B1-Prüfungen;${2018 + i};;;47;%;;`);
    await user.upload(screen.getByLabelText('CSV-Datei'), csvFile(...rows, ';Anteil bestandener B1-Prüfungen;2025;;;12,3,4;%;BAMF;'));
    const faulty = await screen.findByRole('region', { name: 'Fehlerhafte Zeilen' });
    expect(within(faulty).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Zeilen 2, 3, 4 und 3 weitere: Quelle ist leer.',
      'Zeile 8: Wert ist keine Zahl im deutschen Format: „12,3,4“ (z. B. 1.234,5).',
    ]);
  });
});
