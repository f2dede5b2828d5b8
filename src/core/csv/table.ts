// CSV files as German spreadsheet programs expect them: UTF-8 with a byte order mark (without
// it Excel reads the file as Windows-1252 and breaks every umlaut), semicolons between fields
// (the comma is the decimal separator), CRLF between rows. papaparse does the quoting and the
// parsing.
//
// Quotes go around every field that holds a comma, semicolon, tab, quote or line break, not
// only around those holding the semicolon: LibreOffice opens a CSV file splitting at comma,
// semicolon and tab unless told otherwise, so an unquoted "61,5" came back as two cells. A row
// whose cell count differs from the header's is reported (`misshapen`), so a file that was
// split anyway (an older export) is refused with the row named instead of read with shifted
// columns.
//
// Text that starts like a formula (= + - @) is written with a leading apostrophe, so opening
// the file cannot run a formula someone typed into an offer description (CSV injection).
// A leading apostrophe is escaped the same way, so reading removes exactly one and every text
// comes back as it was written.
import Papa from 'papaparse';

export const BOM = '\uFEFF';
const DELIMITER = ';';

const formulaStart = /^[=+\-@\t\r']/;
/** What a spreadsheet program may read as the end of a cell when the field is not quoted. */
const splitsCell = /[,;\t"\r\n]/;

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
  return BOM + Papa.unparse([header, ...rows], {
    delimiter: DELIMITER,
    newline: '\r\n',
    quotes: (value: unknown) => typeof value === 'string' && splitsCell.test(value),
    header: false,
  }) + '\r\n';
}

/** A row whose cell count is not the header's; `row` as a spreadsheet numbers it (header = 1). */
export type MisshapenRow = { row: number; cells: number; expected: number };

/**
 * Quote errors, one entry per kind of error with every row it occurs in (spreadsheet numbers):
 * one broken quote can make the parser complain on every row after it, and a person needs the
 * sentence once.
 */
export type QuoteError = { code: string; rows: number[] };

/**
 * Set when a file written with semicolons was opened with the comma as the only separator and
 * saved so (LibreOffice, with its dialog set to comma): each line then holds its semicolons inside
 * one cell, split only where a value held a comma. `rows` are the lines it split.
 */
export type CommaSaved = { rows: number[] };

export type CsvTable = { header: string[]; rows: string[][]; errors: QuoteError[]; misshapen: MisshapenRow[]; commaSaved: CommaSaved | null };

/** How many cells count: up to the last that holds more than spaces. */
function usedLength(cells: string[]): number {
  for (let i = cells.length; i > 0; i--) if (cells[i - 1]!.trim() !== '') return i;
  return 0;
}

/** An empty line, or a row of empty cells a spreadsheet wrote below the data. */
export function isBlankRow(cells: string[]): boolean {
  return usedLength(cells) === 0;
}

/**
 * Reads a file written by this app or saved by a spreadsheet program: with or without BOM,
 * CRLF or LF rows, semicolons (or, if the header holds none, tabs or commas) between fields.
 * Rows keep their places (an empty row in the middle stays, as an empty row), so a row's
 * position in `rows` plus 2 is its row number in the spreadsheet; row 1 is the header.
 */
export function readCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  // The header's line end is the file's: a cell further down may hold a quoted CRLF in a file
  // that a spreadsheet saved with LF rows.
  const firstBreak = body.search(/\r?\n/);
  const newline = firstBreak !== -1 && body[firstBreak] === '\r' ? '\r\n' : '\n';
  const firstLine = body.slice(0, firstBreak === -1 ? body.length : firstBreak);
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : firstLine.includes(',') ? ',' : ';';
  const parsed = Papa.parse<string[]>(body, { delimiter, newline, header: false, skipEmptyLines: false });
  const all = parsed.data;
  // The newline after the last row is not a row of its own.
  const last = all[all.length - 1];
  if (last && last.length === 1 && last[0] === '') all.pop();
  const [header = [], ...rows] = all;
  // A quote that is never closed swallows the rest of the file; that must not pass silently.
  const errors = groupQuoteErrors(parsed.errors);
  const commaSaved = delimiter === ';' && errors.length > 0 ? savedWithCommas(body, newline) : null;
  // LibreOffice saves every row as wide as the widest, header included: empty cells past the
  // last column name are padding, and a row is too wide only when it holds text out there.
  const names = header.map((h) => h.trim());
  const width = usedLength(names);
  const misshapen = rows.flatMap((cells, index) => {
    if (isBlankRow(cells)) return [];
    const count = cells.length < width ? cells.length : Math.max(width, usedLength(cells));
    return count === width ? [] : [{ row: index + 2, cells: count, expected: width }];
  });
  return { header: names.slice(0, width), rows, errors, misshapen, commaSaved };
}

function groupQuoteErrors(errors: Papa.ParseError[]): QuoteError[] {
  const byCode = new Map<string, Set<number>>();
  for (const error of errors) {
    if (error.type !== 'Quotes') continue;
    const rows = byCode.get(error.code) ?? new Set<number>();
    if (error.row !== undefined) rows.add(error.row + 2);
    byCode.set(error.code, rows);
  }
  return [...byCode].map(([code, rows]) => ({ code, rows: [...rows].sort((a, b) => a - b) }));
}

/**
 * Read with the comma the file was saved with, such a file parses cleanly, and its header and
 * rows are single cells holding semicolons, except the rows a comma split (at least one, or the
 * quote errors have another cause).
 */
function savedWithCommas(body: string, newline: '\n' | '\r\n'): CommaSaved | null {
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', newline, header: false, skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === 'Quotes')) return null;
  const [header = [], ...rows] = parsed.data;
  if (!header.join(',').includes(';')) return null;
  const split = rows.flatMap((cells, index) => (usedLength(cells) > 1 && cells.some((cell) => cell.includes(';')) ? [index + 2] : []));
  return split.length > 0 ? { rows: split } : null;
}
