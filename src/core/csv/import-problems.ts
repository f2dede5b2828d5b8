// What can be wrong with an imported file or one of its rows, worded in German and English.
// Problems of the measurement record itself (a source that is too long …) come from the
// schema and are worded by core/messages.ts, so the import and the form say the same thing.
import type { Lang } from '../messages';
import { problemText } from '../messages';
import type { ProblemCode } from '../validation';

export type ImportProblemCode =
  | 'broken_quotes'
  | 'comma_separated'
  | 'missing_column'
  | 'no_rows'
  | 'cell_count'
  | 'missing_cell'
  | 'unknown_indicator'
  | 'ambiguous_indicator'
  | 'indicator_mismatch'
  | 'unit_mismatch'
  | 'invalid_period'
  | 'invalid_number'
  | 'unknown_municipality'
  | 'municipality_mismatch'
  | 'duplicate_in_file';

export type ImportProblem = {
  /** The column header the problem is about; empty for the file or the row as a whole. */
  column: string;
  code: ImportProblemCode | ProblemCode;
  params: Record<string, string | number>;
};

const texts: Record<ImportProblemCode, Record<Lang, string>> = {
  broken_quotes: { de: 'Ein Anführungszeichen wird nicht geschlossen ({rows}).', en: 'A quotation mark is never closed ({rows}).' },
  comma_separated: {
    de: 'Die Datei wurde mit dem Komma als Trennzeichen geöffnet und gespeichert; dabei sind die Spalten verloren gegangen, und Werte mit Komma wurden geteilt ({rows}). Bitte öffnen Sie die aus der App exportierte Datei erneut und wählen Sie beim Öffnen das Semikolon als einziges Trennzeichen; speichern Sie sie dann im CSV-Format mit dem Semikolon als Feldtrenner.',
    en: 'The file was opened and saved with the comma as separator; its columns were lost and values with a comma were split ({rows}). Please open the file exported from the app again, choose the semicolon as the only separator when opening it, and save it as CSV with the semicolon as field separator.',
  },
  missing_column: { de: 'Die Spalte „{column}“ fehlt.', en: 'The column “{column}” is missing.' },
  no_rows: { de: 'Die Datei enthält keine Messwerte.', en: 'The file holds no measurements.' },
  cell_count: {
    de: 'Die Zeile hat {cells} Zellen, die Kopfzeile {expected}. Vermutlich hat das Tabellenprogramm beim Öffnen einen Wert an einem Komma geteilt; bitte öffnen Sie die Datei mit dem Semikolon als einzigem Trennzeichen.',
    en: 'The row has {cells} cells, the header {expected}. The spreadsheet program probably split a value at a comma when opening the file; please open it with the semicolon as the only separator.',
  },
  missing_cell: { de: 'ist leer.', en: 'is empty.' },
  unknown_indicator: { de: 'Diesen Indikator gibt es nicht: „{value}“.', en: 'There is no such indicator: “{value}”.' },
  ambiguous_indicator: { de: 'Mehrere Indikatoren heißen „{value}“; bitte die Indikator-ID angeben.', en: 'Several indicators are called “{value}”; please give the indicator ID.' },
  indicator_mismatch: { de: 'ID und Name gehören zu verschiedenen Indikatoren.', en: 'ID and name belong to different indicators.' },
  unit_mismatch: {
    de: 'passt nicht zum Indikator: „{value}“ statt „{expected}“. Wurde ein Wert beim Öffnen an seinem Komma geteilt? Dann öffnen Sie die Datei bitte mit dem Semikolon als einzigem Trennzeichen.',
    en: 'does not match the indicator: “{value}” instead of “{expected}”. Was a value split at its comma when the file was opened? Then please open it with the semicolon as the only separator.',
  },
  invalid_period: { de: 'ist kein Zeitraum: „{value}“ (erwartet: JJJJ, JJJJ-Q1 bis JJJJ-Q4 oder JJJJ-MM).', en: 'is not a period: “{value}” (expected: YYYY, YYYY-Q1 to YYYY-Q4 or YYYY-MM).' },
  invalid_number: { de: 'ist keine Zahl im deutschen Format: „{value}“ (z. B. 1.234,5).', en: 'is not a number in German format: “{value}” (e.g. 1.234,5).' },
  unknown_municipality: { de: 'Diese Gemeinde gibt es nicht: „{value}“.', en: 'There is no such municipality: “{value}”.' },
  municipality_mismatch: { de: 'Name und Gemeindeschlüssel gehören zu verschiedenen Gemeinden.', en: 'Name and official key belong to different municipalities.' },
  duplicate_in_file: { de: 'Dieser Messwert steht schon in Zeile {row}.', en: 'This measurement is already in row {row}.' },
};

const SHOWN_ROWS = 3;

/** Row numbers as a problem parameter; worded (the first few, then how many more) by importProblemText. */
export function rowList(rows: number[]): string {
  return rows.join(',');
}

function rowsText(list: string, lang: Lang): string {
  const rows = list.split(',').filter((row) => row !== '');
  const shown = rows.slice(0, SHOWN_ROWS).join(', ');
  const more = rows.length - SHOWN_ROWS;
  if (lang === 'de') return `${rows.length === 1 ? 'Zeile' : 'Zeilen'} ${shown}${more > 0 ? ` und ${more} weitere` : ''}`;
  return `${rows.length === 1 ? 'row' : 'rows'} ${shown}${more > 0 ? ` and ${more} more` : ''}`;
}

function isImportCode(code: string): code is ImportProblemCode {
  return code in texts;
}

/** The problem as a sentence, the column's name first when it has one. */
export function importProblemText(problem: ImportProblem, lang: Lang): string {
  const body = isImportCode(problem.code)
    ? texts[problem.code][lang].replace(/\{(\w+)\}/g, (_, key: string) => (key === 'rows' ? rowsText(String(problem.params.rows ?? ''), lang) : String(problem.params[key] ?? '')))
    : problemText({ path: '', code: problem.code, params: problem.params }, lang);
  const startsSentence = /^[A-ZÄÖÜ]/.test(body);
  return problem.column && !startsSentence ? `${problem.column} ${body}` : problem.column ? `${problem.column}: ${body}` : body;
}
