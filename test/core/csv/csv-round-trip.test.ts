import { describe, expect, it } from 'vitest';
import { formatDateDe, formatNumberDe, parseDateDe, parseNumberDe } from '../../../src/core/csv/german-format';
import { directoryCsv } from '../../../src/core/csv/directory-rows';
import { indicatorsCsv, measurementsCsv } from '../../../src/core/csv/indicator-rows';
import { BOM, readCsv, readTextCell, textCell, writeCsv } from '../../../src/core/csv/table';
import { makeGoal, makeIndicator, makeLocation, makeMeasurement, makeMunicipality, makeOffer, makeProvider } from '../../factories';

const awkward = [
  'Größe der Übergänge: ä ö ü Ä Ö Ü ß',
  'Montag; Mittwoch; Freitag',
  'Sie sagte "Willkommen" und ging.',
  'erste Zeile\nzweite Zeile\r\ndritte Zeile',
  '  führende und folgende Leerzeichen  ',
  '=SUMME(A1:A9)',
  "'=schon geschützt",
  '-12,5 klingt wie eine Zahl',
  '',
];

describe('a CSV file for German spreadsheet programs', () => {
  it('starts with a byte order mark, separates with semicolons and ends rows with CRLF', () => {
    const file = writeCsv(['Name', 'Wert'], [['Haldensleben', '1234']]);
    expect(file.startsWith(BOM)).toBe(true);
    expect(file).toBe(`${BOM}Name;Wert\r\nHaldensleben;1234\r\n`);
  });

  it('gives back every awkward text unchanged after writing and reading', () => {
    const rows = awkward.map((text, i) => [String(i), textCell(text)]);
    const table = readCsv(writeCsv(['Nr', 'Text'], rows));
    expect(table.errors).toEqual([]);
    expect(table.header).toEqual(['Nr', 'Text']);
    expect(table.rows.map(([, cell]) => readTextCell(cell!))).toEqual(awkward);
  });

  it('quotes fields with semicolons, quotes and line breaks, and leaves plain fields bare', () => {
    const file = writeCsv(['A', 'B', 'C', 'D'], [['a;b', 'sagt "hallo"', 'x\ny', 'Börde']]);
    expect(file).toContain('"a;b";"sagt ""hallo""";"x\ny";Börde\r\n');
  });

  it('quotes fields with a comma or a tab too, where spreadsheet programs also split by default', () => {
    const file = writeCsv(['Wert', 'Quelle', 'Anmerkung'], [['61,5', 'BAMF, Stadt', 'a\tb']]);
    expect(file).toContain('"61,5";"BAMF, Stadt";"a\tb"\r\n');
  });

  it('keeps a formula from running: text starting with = + - @ gets a leading apostrophe', () => {
    expect(textCell('=HYPERLINK("http://böse")')).toBe('\'=HYPERLINK("http://böse")');
    expect(textCell('+49 3904 640-0')).toBe("'+49 3904 640-0");
    expect(textCell('Sprachcafé')).toBe('Sprachcafé');
  });

  it('reads a file saved by a spreadsheet without BOM and with LF rows', () => {
    const table = readCsv('Gemeinde;Wert\nWanzleben-Börde;12,5\n');
    expect(table.rows).toEqual([['Wanzleben-Börde', '12,5']]);
  });
});

describe('German numbers and dates', () => {
  it.each([
    [1234.5, '1.234,5'],
    [-0.25, '-0,25'],
    [1_000_000, '1.000.000'],
    [42, '42'],
    [0.1 + 0.2, '0,30000000000000004'],
  ])('writes %s as %s and reads it back', (value, text) => {
    expect(formatNumberDe(value)).toBe(text);
    expect(parseNumberDe(text)).toBe(value);
  });

  it.each(['12,3,4', '1.5', '1,234.5', 'zwölf', '', '1.23,4'])('refuses "%s" as a number', (text) => {
    expect(parseNumberDe(text)).toBeNull();
  });

  it('writes and reads dates as TT.MM.JJJJ, and refuses days that do not exist', () => {
    expect(formatDateDe('2024-02-29')).toBe('29.02.2024');
    expect(parseDateDe('29.02.2024')).toBe('2024-02-29');
    expect(parseDateDe('1.5.2024')).toBe('2024-05-01');
    expect(parseDateDe('29.02.2023')).toBeNull();
    expect(parseDateDe('2024-05-01')).toBeNull();
  });
});

describe('the exports', () => {
  it('writes indicators with German numbers, dates and words', () => {
    const goal = makeGoal({ title: 'Sprache; Bildung und "Teilhabe"' });
    const indicator = makeIndicator({ name: 'Übergänge in Ausbildung', baseline: { value: 1234.5, date: '2023-12-31' }, goalIds: [goal.id] });
    const table = readCsv(
      indicatorsCsv([indicator], [goal], {
        direction: { higher_better: 'Höher ist besser', lower_better: 'Niedriger ist besser' },
        period: { monthly: 'Monatlich', quarterly: 'Vierteljährlich', yearly: 'Jährlich' },
      }),
    );
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      Indikator: 'Übergänge in Ausbildung',
      Ausgangswert: '1.234,5',
      'Datum Ausgangswert': '31.12.2023',
      Richtung: 'Höher ist besser',
      Erhebungsrhythmus: 'Jährlich',
      Ziele: 'Sprache; Bildung und "Teilhabe"',
    });
  });

  it('writes a measurement row per value with place and key, county-wide rows left empty', () => {
    const indicator = makeIndicator({ name: 'Kita-Quote' });
    const place = makeMunicipality({ name: 'Oschersleben (Bode)', officialKey: '15083440' });
    const file = measurementsCsv(
      [indicator],
      [
        makeMeasurement({ indicatorId: indicator.id, period: '2024', value: 12.5, municipalityId: place.id, note: 'Zeile 1\nZeile 2' }),
        makeMeasurement({ indicatorId: indicator.id, period: '2024', value: 1234.25 }),
      ],
      [place],
    );
    const table = readCsv(file);
    expect(table.rows).toEqual([
      [indicator.id, 'Kita-Quote', '2024', '', '', '1.234,25', '%', 'BAMF Integrationskursstatistik', ''],
      [indicator.id, 'Kita-Quote', '2024', 'Oschersleben (Bode)', '15083440', '12,5', '%', 'BAMF Integrationskursstatistik', 'Zeile 1\nZeile 2'],
    ]);
  });

  it('writes the directory with provider, contact, places, languages, groups and opening hours', () => {
    const provider = makeProvider({ name: 'Caritas Börde; Beratung' });
    const location = makeLocation({ providerId: provider.id });
    const place = makeMunicipality({ name: 'Haldensleben' });
    const offer = makeOffer({
      providerId: provider.id,
      name: 'Erstberatung für Geflüchtete',
      description: 'Beratung „vor Ort“;\nauch auf Arabisch',
      contact: { email: '', phone: '', website: '' },
      locationIds: [location.id],
      municipalityIds: [place.id],
      languages: ['de', 'ar'],
      targetGroups: ['refugees'],
      openingHours: [{ weekday: 4, opens: '14:00', closes: '16:00' }, { weekday: 2, opens: '09:00', closes: '12:00' }],
    });
    const archived = makeOffer({ providerId: provider.id, name: 'Alte Sprechstunde', archived: true });
    const table = readCsv(
      directoryCsv(
        { offers: [offer, archived], providers: [provider], locations: [location], municipalities: [place], fields: [] },
        {
          targetGroup: { refugees: 'Geflüchtete' } as never,
          weekday: (d) => ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'][d - 1]!,
          language: (tag) => ({ de: 'Deutsch', ar: 'Arabisch' })[tag] ?? tag,
          countyWide: 'kreisweit',
          yes: 'ja',
          no: 'nein',
        },
      ),
    );
    expect(table.rows).toHaveLength(1);
    const row = Object.fromEntries(table.header.map((h, i) => [h, readTextCell(table.rows[0]![i]!)]));
    expect(row).toMatchObject({
      Angebot: 'Erstberatung für Geflüchtete',
      Beschreibung: 'Beratung „vor Ort“;\nauch auf Arabisch',
      Träger: 'Caritas Börde; Beratung',
      'E-Mail': 'info@beispiel.de',
      Adressen: 'Beratungsstelle Haldensleben, Bahnhofstraße 1, 39340 Haldensleben',
      Gemeinden: 'Haldensleben',
      Sprachen: 'Deutsch, Arabisch',
      Zielgruppen: 'Geflüchtete',
      Öffnungszeiten: 'Di 09:00–12:00, Do 14:00–16:00',
      Kostenfrei: 'ja',
      'Zuletzt geprüft': '15.04.2024',
    });
  });
});
