// CSV files as German spreadsheet programs expect them: UTF-8 with a byte order mark (without
// it Excel reads the file as Windows-1252 and breaks every umlaut), semicolons between fields
// (the comma is the decimal separator), CRLF between rows, and quotes around fields that hold
// a semicolon, a quote or a line break. papaparse does the quoting and the parsing.
//
// Text that starts like a formula (= + - @) is written with a leading apostrophe, so opening
// the file cannot run a formula someone typed into an offer description (CSV injection).
// A leading apostrophe is escaped the same way, so reading removes exactly one and every text
// comes back as it was written.
import Papa from 'papaparse';

export const BOM = '\uFEFF';
const DELIMITER = ';';

const formulaStart = /^[=+\-@\t\r']/;

/** A text cell, guarded against formula injection. */
export function textCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The text a guarded text cell stood for. */
export function readTextCell(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A whole file: header row, then the rows, every cell already a string. */
export function writeCsv(header: string[], rows: string[][]): string {
  return BOM + Papa.unparse([header, ...rows], { delimiter: DELIMITER, newline: '\r\n', quotes: false, header: false }) + '\r\n';
}

export type CsvTable = { header: string[]; rows: string[][]; errors: string[] };

/**
 * Reads a file written by this app or saved by a spreadsheet program: with or without BOM,
 * CRLF or LF rows, semicolons (or, if the header holds none, tabs or commas) between fields.
 * Rows keep their places (an empty row in the middle stays, as an empty row), so a row's
 * position in `rows` plus 2 is its row number in the spreadsheet; row 1 is the header.
 */
export function readCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const newline = body.includes('\r\n') ? '\r\n' : '\n';
  const firstLine = body.slice(0, body.indexOf(newline) === -1 ? body.length : body.indexOf(newline));
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : firstLine.includes(',') ? ',' : ';';
  const parsed = Papa.parse<string[]>(body, { delimiter, newline, header: false, skipEmptyLines: false });
  const all = parsed.data;
  // The newline after the last row is not a row of its own.
  const last = all[all.length - 1];
  if (last && last.length === 1 && last[0] === '') all.pop();
  const [header = [], ...rows] = all;
  // A quote that is never closed swallows the rest of the file; that must not pass silently.
  const errors = parsed.errors.filter((e) => e.type === 'Quotes').map((e) => `${e.code}${e.row === undefined ? '' : ` @${e.row + 2}`}`);
  return { header: header.map((h) => h.trim()), rows, errors };
}
