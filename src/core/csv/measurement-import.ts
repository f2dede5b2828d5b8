// Importing measurements from a CSV file in the export's format (MEASUREMENT_COLUMNS).
// The file is checked as a whole before anything is written: each row names its indicator
// (by ID or name), a period of the indicator's shape that has begun, a value in German number
// format that the indicator's unit allows (core/measurement-rules.ts, as in the form), the
// place (county-wide when empty, else a municipality by name or official key) and a source.
// Each row gets a verdict: new, update (the period and place already hold another value),
// unchanged (already stored as it is; re-importing an exported file is harmless) or error.
// The import is all-or-nothing: one faulty row blocks the whole file, so a half-imported
// file never leaves the person guessing which rows arrived. A row with more or fewer cells
// than the header was split or merged by a spreadsheet program (an unquoted "61,5" read as
// two cells): its columns cannot be trusted, so it is refused for that alone.
import type { Indicator, Measurement, Municipality } from '../schema';
import { measurementSchema, periodKey } from '../schema';
import { measurementValueProblems } from '../measurement-rules';
import { problemsOf } from '../validation';
import { parseDateDe, parseNumberDe } from './german-format';
import type { ImportProblem } from './import-problems';
import { rowList } from './import-problems';
import { MEASUREMENT_COLUMNS } from './indicator-rows';
import { isBlankRow, readCsv, readTextCell } from './table';

export type MeasurementValues = Pick<Measurement, 'indicatorId' | 'period' | 'value' | 'municipalityId' | 'source' | 'note'>;

export type RowVerdict = 'new' | 'update' | 'unchanged' | 'error';

export type ImportRow = {
  /** The row number a spreadsheet shows; row 1 is the header. */
  row: number;
  verdict: RowVerdict;
  problems: ImportProblem[];
  values: MeasurementValues | null;
  /** The stored measurement an update replaces, or that an unchanged row matches. */
  existingId: string | null;
  indicatorName: string;
  municipalityName: string;
};

export type ImportPreview = {
  fileProblems: ImportProblem[];
  rows: ImportRow[];
  /** True when nothing is wrong and at least one row would change something. */
  canImport: boolean;
};

export type ImportContext = {
  indicators: Indicator[];
  municipalities: Municipality[];
  measurements: Measurement[];
  /** Today as an ISO date: a period that begins later is refused. */
  today: string;
};

const C = MEASUREMENT_COLUMNS;
const norm = (text: string) => text.trim().toLocaleLowerCase('de');

/** Period keys as written, plus what a spreadsheet makes of a month: 05.2024 or 01.05.2024. */
function readPeriod(cell: string): string | null {
  const text = cell.trim().toUpperCase();
  if (periodKey.safeParse(text).success) return text;
  const monthYear = /^(\d{1,2})\.(\d{4})$/.exec(text);
  if (monthYear) return `${monthYear[2]}-${monthYear[1]!.padStart(2, '0')}`;
  const date = parseDateDe(text);
  return date ? date.slice(0, 7) : null;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

export function previewMeasurementImport(text: string, context: ImportContext): ImportPreview {
  const table = readCsv(text);
  // A file saved with the wrong separator gets one sentence on what to do, not its symptoms.
  if (table.commaSaved) return { fileProblems: [{ column: '', code: 'comma_separated', params: { rows: rowList(table.commaSaved.rows) } }], rows: [], canImport: false };
  // Papaparse's kinds of quote error read the same to a person: one sentence for all of them.
  const quoteRows = [...new Set(table.errors.flatMap((error) => error.rows))].sort((a, b) => a - b);
  const fileProblems: ImportProblem[] = table.errors.length > 0 ? [{ column: '', code: 'broken_quotes', params: { rows: rowList(quoteRows) } }] : [];
  const column = new Map(table.header.map((h, i) => [norm(h), i]));
  const hasIndicatorColumn = column.has(norm(C.indicatorId)) || column.has(norm(C.indicator));
  if (!hasIndicatorColumn) fileProblems.push({ column: '', code: 'missing_column', params: { column: C.indicator } });
  for (const required of [C.period, C.value, C.source]) {
    if (!column.has(norm(required))) fileProblems.push({ column: '', code: 'missing_column', params: { column: required } });
  }
  if (fileProblems.length > 0) return { fileProblems, rows: [], canImport: false };

  const indicators = context.indicators.filter((i) => !i.deleted);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const indicatorsByName = uniqueBy(indicators, (i) => norm(i.name));
  const places = context.municipalities.filter((m) => !m.deleted);
  const placeByKey = new Map(places.map((m) => [m.officialKey, m]));
  const placesByName = uniqueBy(places, (m) => norm(m.name));
  const stored = new Map(
    context.measurements.filter((m) => !m.deleted).map((m) => [`${m.indicatorId}|${m.period}|${m.municipalityId ?? ''}`, m]),
  );
  const seen = new Map<string, number>();

  const misshapen = new Map(table.misshapen.map((m) => [m.row, m]));
  const rows: ImportRow[] = [];
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const row = index + 2;
    const cell = (header: string) => {
      const at = column.get(norm(header));
      return at === undefined ? '' : readTextCell(cells[at] ?? '').trim();
    };
    const shape = misshapen.get(row);
    if (shape) {
      const problem: ImportProblem = { column: '', code: 'cell_count', params: { cells: shape.cells, expected: shape.expected } };
      const name = cell(C.indicator) || cell(C.indicatorId);
      rows.push({ row, verdict: 'error', problems: [problem], values: null, existingId: null, indicatorName: name, municipalityName: '' });
      return;
    }
    const problems: ImportProblem[] = [];
    const problem = (col: string, code: ImportProblem['code'], params: ImportProblem['params'] = {}) => problems.push({ column: col, code, params });

    // Indicator: the ID wins; a name alone must be unambiguous; both must agree.
    const idText = cell(C.indicatorId);
    const nameText = cell(C.indicator);
    let indicator: Indicator | undefined;
    if (idText) {
      indicator = indicatorById.get(idText);
      if (!indicator) problem(C.indicatorId, 'unknown_indicator', { value: idText });
      else if (nameText && norm(nameText) !== norm(indicator.name)) problem(C.indicator, 'indicator_mismatch');
    } else if (nameText) {
      const named = indicatorsByName.get(norm(nameText)) ?? [];
      if (named.length === 0) problem(C.indicator, 'unknown_indicator', { value: nameText });
      else if (named.length > 1) problem(C.indicator, 'ambiguous_indicator', { value: nameText });
      else indicator = named[0];
    } else problem(C.indicator, 'missing_cell');

    // The unit is not stored, but a unit that is not the indicator's means the columns moved:
    // a spreadsheet that split "61,5" at its comma puts the 5 here and pads the row so its
    // cell count looks right.
    const unitText = cell(C.unit);
    if (indicator && unitText && norm(unitText) !== norm(indicator.unit)) {
      problem(C.unit, 'unit_mismatch', { value: unitText, expected: indicator.unit });
    }

    const periodText = cell(C.period);
    const period = readPeriod(periodText);
    if (!periodText) problem(C.period, 'missing_cell');
    else if (!period) problem(C.period, 'invalid_period', { value: periodText });

    const valueText = cell(C.value);
    const value = valueText ? parseNumberDe(valueText) : null;
    if (!valueText) problem(C.value, 'missing_cell');
    else if (value === null) problem(C.value, 'invalid_number', { value: valueText });

    // The same rules as the form's: the period's shape, not in the future, a value the unit allows.
    if (indicator && period) {
      for (const p of measurementValueProblems(indicator, { period, municipalityId: null, value: value ?? undefined }, context.today)) {
        problem(p.path === 'value' ? C.value : C.period, p.code, p.params);
      }
    }

    // Place: empty means county-wide; a key and a name must agree when both are given.
    const keyText = cell(C.officialKey);
    const placeText = cell(C.municipality);
    let municipality: Municipality | null = null;
    if (keyText) {
      municipality = placeByKey.get(keyText) ?? null;
      if (!municipality) {
        problem(C.officialKey, 'unknown_municipality', { value: keyText });
      } else if (placeText && norm(placeText) !== norm(municipality.name)) {
        problem(C.municipality, 'municipality_mismatch');
      }
    } else if (placeText) {
      const named = placesByName.get(norm(placeText)) ?? [];
      municipality = named[0] ?? null;
      if (named.length !== 1) problem(C.municipality, 'unknown_municipality', { value: placeText });
    }

    const source = cell(C.source);
    const note = cell(C.note);
    if (!source) problem(C.source, 'missing_cell');
    let values: MeasurementValues | null = null;
    if (problems.length === 0 && indicator && period && value !== null) {
      values = { indicatorId: indicator.id, period, value, municipalityId: municipality?.id ?? null, source, note };
      // The schema has the last word on every field (an empty or overlong source …).
      const checked = measurementSchema.pick({ period: true, value: true, source: true, note: true }).safeParse(values);
      if (!checked.success) {
        for (const p of problemsOf(checked.error, values)) problem(p.path === 'source' ? C.source : p.path === 'note' ? C.note : p.path, p.code, p.params);
      }
    }

    let verdict: RowVerdict = problems.length > 0 ? 'error' : 'new';
    let existingId: string | null = null;
    if (values && verdict !== 'error') {
      const key = `${values.indicatorId}|${values.period}|${values.municipalityId ?? ''}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problem('', 'duplicate_in_file', { row: earlier });
        verdict = 'error';
      } else {
        seen.set(key, row);
        const existing = stored.get(key);
        if (existing) {
          existingId = existing.id;
          const same = existing.value === values.value && existing.source === values.source && existing.note === values.note;
          verdict = same ? 'unchanged' : 'update';
        }
      }
    }
    rows.push({
      row,
      verdict,
      problems,
      values: verdict === 'error' ? null : values,
      existingId,
      indicatorName: indicator?.name ?? (nameText || idText),
      municipalityName: municipality?.name ?? (placeText || keyText),
    });
  });

  if (rows.length === 0) fileProblems.push({ column: '', code: 'no_rows', params: {} });
  const canImport = fileProblems.length === 0 && rows.every((r) => r.verdict !== 'error') && rows.some((r) => r.verdict !== 'unchanged');
  return { fileProblems, rows, canImport };
}
