// Field test, issue 11: a measurements file opened in LibreOffice with its installed import
// settings (split at comma, semicolon and tab) and saved again must either come back with the
// same values or be refused with the row named; before, "61,5" came back as 61 and was taken.
import { describe, expect, it } from 'vitest';
import { importProblemText } from '../../../src/core/csv/import-problems';
import { directoryCsv } from '../../../src/core/csv/directory-rows';
import { measurementsCsv } from '../../../src/core/csv/indicator-rows';
import { previewMeasurementImport } from '../../../src/core/csv/measurement-import';
import { readCsv, readTextCell } from '../../../src/core/csv/table';
import { makeIndicator, makeLocation, makeMeasurement, makeMunicipality, makeOffer, makeProvider } from '../../factories';
import { openAndSaveInCalc } from './libreoffice-like';

const passRate = makeIndicator({ name: 'Anteil bestandener B1-Prüfungen', unit: '%', period: 'yearly' });
const participants = makeIndicator({ name: 'Teilnehmende an Integrationskursen', unit: 'Personen', period: 'yearly' });
const haldensleben = makeMunicipality({ name: 'Haldensleben', officialKey: '15083270' });
const measurements = [
  makeMeasurement({ indicatorId: participants.id, period: '2024', value: 1234, source: 'BAMF' }),
  makeMeasurement({ indicatorId: passRate.id, period: '2025', value: 61.5, municipalityId: haldensleben.id, source: 'BAMF, Stadt', note: 'vorläufig; siehe Brief, Seite 2\nnachgemeldet' }),
];
const indicators = [passRate, participants];
const context = { indicators, municipalities: [haldensleben], measurements, today: '2026-06-30' };

describe('a measurements file goes through LibreOffice and back', () => {
  it('comes back as the same values: every row unchanged', () => {
    const file = openAndSaveInCalc(measurementsCsv(indicators, measurements, [haldensleben]));
    const preview = previewMeasurementImport(file, context);
    expect(preview.fileProblems).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.verdict, r.problems])).toEqual([
      [2, 'unchanged', []],
      [3, 'unchanged', []],
    ]);
  });

  it('is refused with the rows named when an older export without quotes was split at its commas', () => {
    const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
    const unquoted = [
      header,
      `${passRate.id};Anteil bestandener B1-Prüfungen;2024;;;47,5;%;BAMF;`,
      `${passRate.id};Anteil bestandener B1-Prüfungen;2025;Haldensleben;15083270;61,5;%;BAMF;vorläufig, siehe Brief`,
    ].join('\r\n');
    const preview = previewMeasurementImport(openAndSaveInCalc(unquoted), context);
    const messages = preview.rows.map((r) => [r.row, r.verdict, r.problems.map((p) => importProblemText(p, 'de'))]);
    expect(messages).toEqual([
      [2, 'error', ['Einheit passt nicht zum Indikator: „5“ statt „%“. Wurde ein Wert beim Öffnen an seinem Komma geteilt? Dann öffnen Sie die Datei bitte mit dem Semikolon als einzigem Trennzeichen.']],
      [3, 'error', ['Die Zeile hat 11 Zellen, die Kopfzeile 9. Vermutlich hat das Tabellenprogramm beim Öffnen einen Wert an einem Komma geteilt; bitte öffnen Sie die Datei mit dem Semikolon als einzigem Trennzeichen.']],
    ]);
    expect(preview.canImport).toBe(false);
  });

  it('keeps the directory’s lists of places, languages and opening hours in their columns', () => {
    const provider = makeProvider({ name: 'Caritas Börde' });
    const offer = makeOffer({
      providerId: provider.id,
      locationIds: [],
      languages: ['de', 'ar'],
      openingHours: [{ weekday: 2, opens: '09:00', closes: '12:00' }, { weekday: 4, opens: '14:00', closes: '16:00' }],
    });
    const file = directoryCsv(
      { offers: [offer], providers: [provider], locations: [makeLocation({ providerId: provider.id })], municipalities: [], fields: [] },
      { targetGroup: {} as never, weekday: (d) => ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'][d - 1]!, language: (tag) => tag, countyWide: 'kreisweit', yes: 'ja', no: 'nein' },
    );
    const table = readCsv(openAndSaveInCalc(file));
    expect(table.misshapen).toEqual([]);
    const row = Object.fromEntries(table.header.map((h, i) => [h, readTextCell(table.rows[0]![i]!)]));
    expect(row).toMatchObject({ Sprachen: 'de, ar', Öffnungszeiten: 'Di 09:00–12:00, Do 14:00–16:00', Gemeinden: 'kreisweit' });
  });
});

describe('a row with more or fewer cells than the header', () => {
  it('is reported with its row number and both counts; padding past the header is not', () => {
    const table = readCsv('A;B;C;;\r\n1;2;3;;\r\n1;2;3;4;\r\n1;2\r\n;;;;\r\n1;2;3\r\n');
    expect(table.header).toEqual(['A', 'B', 'C']);
    expect(table.misshapen).toEqual([
      { row: 3, cells: 4, expected: 3 },
      { row: 4, cells: 2, expected: 3 },
    ]);
  });
});
