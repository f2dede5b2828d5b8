// Indicators and their measurements as two CSV files. The measurements file is also the
// import format: a person exports it, adds this year's values in a spreadsheet, and imports
// it again, so its headers are the contract between export and import (MEASUREMENT_COLUMNS).
import type { Direction, Goal, Indicator, Measurement, MeasurementPeriod, Municipality } from '../schema';
import { periodStart } from '../periods';
import { formatDateDe, formatNumberDe } from './german-format';
import { textCell, writeCsv } from './table';

/** Words for enumerations; the caller takes them from the app's German texts. */
export type IndicatorCsvWords = {
  direction: Record<Direction, string>;
  period: Record<MeasurementPeriod, string>;
};

export const INDICATOR_COLUMNS = [
  'Indikator-ID',
  'Indikator',
  'Definition',
  'Einheit',
  'Richtung',
  'Erhebungsrhythmus',
  'Ausgangswert',
  'Datum Ausgangswert',
  'Zielwert',
  'Datum Zielwert',
  'Warnschwelle',
  'Ziele',
  'Datenquelle',
] as const;

export const MEASUREMENT_COLUMNS = {
  indicatorId: 'Indikator-ID',
  indicator: 'Indikator',
  period: 'Zeitraum',
  municipality: 'Gemeinde',
  officialKey: 'Gemeindeschlüssel',
  value: 'Wert',
  unit: 'Einheit',
  source: 'Quelle',
  note: 'Anmerkung',
} as const;

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'de');

export function indicatorsCsv(indicators: Indicator[], goals: Goal[], words: IndicatorCsvWords): string {
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  const rows = indicators
    .filter((i) => !i.deleted)
    .sort(byName)
    .map((i) => [
      i.id,
      textCell(i.name),
      textCell(i.definition),
      textCell(i.unit),
      words.direction[i.direction],
      words.period[i.period],
      formatNumberDe(i.baseline.value),
      formatDateDe(i.baseline.date),
      formatNumberDe(i.target.value),
      formatDateDe(i.target.date),
      i.warningThreshold === null ? '' : formatNumberDe(i.warningThreshold),
      textCell(i.goalIds.map((id) => goalTitle.get(id) ?? id).join(' | ')),
      textCell(i.dataSource),
    ]);
  return writeCsv([...INDICATOR_COLUMNS], rows);
}

/** One row per measurement, by indicator name, then period, county-wide before municipalities. */
export function measurementsCsv(indicators: Indicator[], measurements: Measurement[], municipalities: Municipality[]): string {
  const indicatorById = new Map(indicators.filter((i) => !i.deleted).map((i) => [i.id, i]));
  const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
  const rows = measurements
    .filter((m) => !m.deleted && indicatorById.has(m.indicatorId))
    .map((m) => ({ m, indicator: indicatorById.get(m.indicatorId)!, place: m.municipalityId ? municipalityById.get(m.municipalityId) : undefined }))
    .sort(
      (a, b) =>
        a.indicator.name.localeCompare(b.indicator.name, 'de') ||
        periodStart(a.m.period).localeCompare(periodStart(b.m.period)) ||
        (a.place?.name ?? '').localeCompare(b.place?.name ?? '', 'de'),
    )
    .map(({ m, indicator, place }) => [
      indicator.id,
      textCell(indicator.name),
      m.period,
      textCell(place?.name ?? ''),
      place?.officialKey ?? '',
      formatNumberDe(m.value),
      textCell(indicator.unit),
      textCell(m.source),
      textCell(m.note),
    ]);
  return writeCsv(Object.values(MEASUREMENT_COLUMNS), rows);
}
