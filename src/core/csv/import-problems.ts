// What can be wrong with an imported file or one of its rows, worded in German and English.
// Problems of the measurement record itself (a source that is too long …) come from the
// schema and are worded by core/messages.ts, so the import and the form say the same thing.
import type { Lang } from '../messages';
import { problemText } from '../messages';
import type { ProblemCode } from '../validation';

export type ImportProblemCode =
  | 'broken_quotes'
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
  broken_quotes: { de: 'Ein Anführungszeichen wird nicht geschlossen ({where}).', en: 'A quotation mark is never closed ({where}).' },
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

function isImportCode(code: string): code is ImportProblemCode {
  return code in texts;
}

/** The problem as a sentence, the column's name first when it has one. */
export function importProblemText(problem: ImportProblem, lang: Lang): string {
  const body = isImportCode(problem.code)
    ? texts[problem.code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(problem.params[key] ?? ''))
    : problemText({ path: '', code: problem.code, params: problem.params }, lang);
  const startsSentence = /^[A-ZÄÖÜ]/.test(body);
  return problem.column && !startsSentence ? `${problem.column} ${body}` : problem.column ? `${problem.column}: ${body}` : body;
}
