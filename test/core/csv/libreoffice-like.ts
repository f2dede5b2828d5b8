// What LibreOffice Calc does to a CSV file that is opened with its installed import settings
// and saved again as CSV, as observed with LibreOffice 7.4 in a German locale:
// - opening splits a line at every comma, semicolon and tab outside "…" (the dialog's
//   defaults), so an unquoted "61,5" becomes the cells 61 and 5;
// - the sheet is a rectangle: saving writes every row, the header too, as wide as the widest;
// - saving separates with semicolons and quotes text cells; a number keeps its value but loses
//   its thousands dots (1.234,5 is written as 1234,5).
// Cells otherwise stay as they were read. Only for tests: the app never depends on this.

const SEPARATORS = new Set([',', ';', '\t']);

function splitLikeCalc(text: string, separators: Set<string> = SEPARATORS): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (separators.has(c)) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += c;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const germanNumber = /^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+(,\d+)?$/;

function writeLikeCalc(cells: string[]): string {
  return cells
    .map((cell) => {
      if (cell === '') return '';
      if (germanNumber.test(cell)) return cell.replace(/\./g, '');
      return `"${cell.replace(/"/g, '""')}"`;
    })
    .join(';');
}

/** The file as it comes back from being opened and saved in LibreOffice Calc. */
export function openAndSaveInCalc(file: string): string {
  const rows = splitLikeCalc(file.replace(/^\uFEFF/, ''));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => writeLikeCalc([...r, ...Array<string>(width - r.length).fill('')])).join('\n') + '\n';
}

/**
 * The file opened with the comma as the only separator (the dialog's other boxes unticked) and
 * saved with the comma as field separator, as the field test's LibreOffice did: a line splits
 * only where a value held a comma, its semicolons stay inside the cells, and saving quotes each
 * cell that holds a comma or a quote (doubling the quote), or every text cell when asked to.
 */
export function openAndSaveWithCommas(file: string, options: { quoteAllText?: boolean } = {}): string {
  const rows = splitLikeCalc(file.replace(/^\uFEFF/, ''), new Set([',']));
  const width = Math.max(...rows.map((r) => r.length));
  const cellText = (cell: string) =>
    cell !== '' && (options.quoteAllText ? !/^-?\d+$/.test(cell) : /[",\n]/.test(cell)) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')].map(cellText).join(',')).join('\n') + '\n';
}
