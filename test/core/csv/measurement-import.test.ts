import { describe, expect, it } from 'vitest';
import { importProblemText } from '../../../src/core/csv/import-problems';
import { measurementsCsv } from '../../../src/core/csv/indicator-rows';
import { previewMeasurementImport } from '../../../src/core/csv/measurement-import';
import { BOM, readCsv } from '../../../src/core/csv/table';
import { openAndSaveWithCommas } from './libreoffice-like';
import { makeIndicator, makeMeasurement, makeMunicipality } from '../../factories';

const yearly = makeIndicator({ name: 'Anteil bestandener B1-Prüfungen', period: 'yearly' });
const quarterly = makeIndicator({ name: 'Beratungsfälle Übergänge', period: 'quarterly', unit: 'Fälle' });
const haldensleben = makeMunicipality({ name: 'Haldensleben', officialKey: '15083270' });
const wanzleben = makeMunicipality({ name: 'Wanzleben-Börde', officialKey: '15083565' });
const stored = makeMeasurement({ indicatorId: yearly.id, period: '2023', value: 41.5, source: 'BAMF' });
const context = { indicators: [yearly, quarterly], municipalities: [haldensleben, wanzleben], measurements: [stored], today: '2026-06-30' };

const header = 'Indikator-ID;Indikator;Zeitraum;Gemeinde;Gemeindeschlüssel;Wert;Einheit;Quelle;Anmerkung';
const file = (...lines: string[]) => `${BOM}${[header, ...lines].join('\r\n')}\r\n`;
const messages = (row: { problems: Parameters<typeof importProblemText>[0][] }) => row.problems.map((p) => importProblemText(p, 'de'));

describe('importing measurements from a spreadsheet', () => {
  it('reads names, German numbers, places by name or key, and says what each row will do', () => {
    const preview = previewMeasurementImport(
      file(
        ';Anteil bestandener B1-Prüfungen;2024;;;47,5;%;BAMF;',
        ';anteil bestandener b1-prüfungen;2024;Haldensleben;;44,25;%;Kommune;"Nachgemeldet;\nsiehe Brief"',
        `${quarterly.id};;2024-Q2;;15083565;1.234,5;Fälle;Beratungsstellen;`,
        ';Anteil bestandener B1-Prüfungen;2023;;;41,5;%;BAMF;',
        ';Anteil bestandener B1-Prüfungen;2022;;;39;%;BAMF;',
      ),
      { ...context, measurements: [stored, makeMeasurement({ indicatorId: yearly.id, period: '2022', value: 38, source: 'BAMF' })] },
    );
    expect(preview.fileProblems).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.verdict])).toEqual([[2, 'new'], [3, 'new'], [4, 'new'], [5, 'unchanged'], [6, 'update']]);
    expect(preview.rows[0]!.values).toMatchObject({ indicatorId: yearly.id, period: '2024', value: 47.5, municipalityId: null });
    expect(preview.rows[1]!.values).toMatchObject({ municipalityId: haldensleben.id, value: 44.25, note: 'Nachgemeldet;\nsiehe Brief' });
    expect(preview.rows[2]!.values).toMatchObject({ indicatorId: quarterly.id, period: '2024-Q2', value: 1234.5, municipalityId: wanzleben.id });
    expect(preview.canImport).toBe(true);
  });

  it('reports each faulty row with its row number and what is wrong, and blocks the whole import', () => {
    const preview = previewMeasurementImport(
      file(
        ';Anteil bestandener B1-Prüfungen;2025;;;47;%;BAMF;',
        ';Zufriedenheit mit dem Landratsamt;2024;;;3;%;Umfrage;',
        ';Anteil bestandener B1-Prüfungen;2024-Q1;;;40;%;BAMF;',
        ';Anteil bestandener B1-Prüfungen;2024;;;12,3,4;%;BAMF;',
        ';Anteil bestandener B1-Prüfungen;2024;Magdeburg;;40;%;BAMF;',
        '',
        ';Anteil bestandener B1-Prüfungen;2025;;;48;%;;',
        ';Anteil bestandener B1-Prüfungen;2025;;;47;%;BAMF;',
      ),
      context,
    );
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.row, messages(r)]));
    expect(byRow).toEqual({
      2: [],
      3: ['Indikator: Diesen Indikator gibt es nicht: „Zufriedenheit mit dem Landratsamt“.'],
      4: ['Zeitraum passt nicht zum Erhebungsrhythmus des Indikators (2024).'],
      5: ['Wert ist keine Zahl im deutschen Format: „12,3,4“ (z. B. 1.234,5).'],
      6: ['Gemeinde: Diese Gemeinde gibt es nicht: „Magdeburg“.'],
      8: ['Quelle ist leer.'],
      9: ['Dieser Messwert steht schon in Zeile 2.'],
    });
    expect(preview.rows.find((r) => r.row === 2)?.verdict).toBe('new');
    expect(preview.canImport).toBe(false);
  });

  it('refuses what the form refuses: a period not yet begun, a negative count, a percentage over 100', () => {
    const preview = previewMeasurementImport(
      file(
        ';Anteil bestandener B1-Prüfungen;2031;;;47;%;BAMF;',
        `${quarterly.id};;2025-Q4;;;-5;Fälle;Beratungsstellen;`,
        ';Anteil bestandener B1-Prüfungen;2025;;;120;%;BAMF;',
        ';Anteil bestandener B1-Prüfungen;2026;;;48;%;BAMF;',
      ),
      context,
    );
    expect(Object.fromEntries(preview.rows.map((r) => [r.row, messages(r)]))).toEqual({
      2: ['Zeitraum liegt in der Zukunft (2031): Ein Wert für einen Zeitraum, der noch nicht begonnen hat, ist geplant, nicht gemessen.'],
      3: ['Wert darf nicht negativ sein (Einheit: Fälle).'],
      4: ['Wert muss zwischen 0 und 100 liegen (Einheit: %).'],
      5: [],
    });
    expect(preview.canImport).toBe(false);
  });

  it('refuses a file without the columns it needs, before looking at any row', () => {
    const preview = previewMeasurementImport(`${BOM}Name;Jahr\r\nB1;2024\r\n`, context);
    expect(preview.fileProblems.map((p) => importProblemText(p, 'de'))).toEqual([
      'Die Spalte „Indikator“ fehlt.',
      'Die Spalte „Zeitraum“ fehlt.',
      'Die Spalte „Wert“ fehlt.',
      'Die Spalte „Quelle“ fehlt.',
    ]);
    expect(preview.canImport).toBe(false);
  });

  it('takes back its own export unchanged: every row is already there', () => {
    const measurements = [
      stored,
      makeMeasurement({ indicatorId: yearly.id, period: '2024', value: 0.5, municipalityId: wanzleben.id, source: 'Gemeinde; Bürgerbüro', note: '„Schätzung“\nvorläufig' }),
    ];
    const exported = measurementsCsv(context.indicators, measurements, context.municipalities);
    const preview = previewMeasurementImport(exported, { ...context, measurements });
    expect(preview.rows.map((r) => r.verdict)).toEqual(['unchanged', 'unchanged']);
    expect(preview.canImport).toBe(false);
  });
});

describe('issue 18.15 a file saved with the comma as the only separator', () => {
  // The real shape: the app's export (values with a decimal comma, sources with commas and
  // semicolons, quoted), opened and saved in LibreOffice with the comma as the only separator.
  const exported = measurementsCsv(
    [yearly, quarterly],
    [
      ...Array.from({ length: 40 }, (_, i) => makeMeasurement({ indicatorId: yearly.id, period: String(1990 + i), value: 40 + i / 4, source: 'BAMF, Integrationskursstatistik', note: 'geprüft; vollständig' })),
      makeMeasurement({ indicatorId: quarterly.id, period: '2024-Q1', value: 12, source: 'Beratungsstellen' }),
    ],
    [haldensleben, wanzleben],
  );

  for (const quoteAllText of [false, true]) {
    it(`is recognised and named once, with what to do and its first rows${quoteAllText ? ' (every text cell quoted)' : ''}`, () => {
      const saved = openAndSaveWithCommas(exported, { quoteAllText });
      const preview = previewMeasurementImport(saved, context);
      expect(preview.rows).toEqual([]);
      expect(preview.canImport).toBe(false);
      expect(preview.fileProblems.map((p) => importProblemText(p, 'de'))).toEqual([
        'Die Datei wurde mit dem Komma als Trennzeichen geöffnet und gespeichert; dabei sind die Spalten verloren gegangen, und Werte mit Komma wurden geteilt (Zeilen 2, 3, 4 und 37 weitere). Bitte öffnen Sie die aus der App exportierte Datei erneut und wählen Sie beim Öffnen das Semikolon als einziges Trennzeichen; speichern Sie sie dann im CSV-Format mit dem Semikolon als Feldtrenner.',
      ]);
      expect(importProblemText(preview.fileProblems[0]!, 'en')).toContain('(rows 2, 3, 4 and 37 more)');
    });
  }

  it('its quote errors, read as semicolon text, are one entry per kind of error, not one per row', () => {
    const table = readCsv(openAndSaveWithCommas(exported));
    expect(table.errors.length).toBeGreaterThan(0);
    expect(table.errors.length).toBeLessThanOrEqual(2);
    expect(new Set(table.errors.map((e) => e.code)).size).toBe(table.errors.length);
  });

  it('a file with a quote left open gets one sentence naming its rows', () => {
    const preview = previewMeasurementImport(file(...Array.from({ length: 30 }, (_, i) => `;Anteil bestandener B1-Prüfungen;${1990 + i};;;"4"7;%;BAMF;`)), context);
    expect(preview.fileProblems.map((p) => importProblemText(p, 'de'))).toEqual([expect.stringMatching(/^Ein Anführungszeichen wird nicht geschlossen \(Zeilen? \d+(, \d+)*( und \d+ weitere)?\)\.$/)]);
  });
});
