// The charts' words in German and English. The charts are shared by several features (indicator
// detail, overview, council report), so they carry their own small dictionary, picked by the
// `lang` they are given, instead of borrowing one feature's i18n namespace.
import type { Translation } from '../translation';

const de = {
  county: 'Kreisweit',
  expected: 'Zielpfad',
  baseline: 'Ausgangswert',
  target: 'Ziel',
  threshold: 'Warnschwelle',
  period: 'Zeitraum',
  tableCaption: 'Messwerte: {{name}} ({{unit}})',
  legend: 'Legende',
  status: { on_track: 'im Plan', at_risk: 'gefährdet', off_track: 'nicht im Plan', no_data: 'keine Daten' },
  summaryNoData: '{{name}}: noch kein kreisweiter Messwert; Ausgangswert {{baseline}} {{unit}} ({{baselineDate}}), Ziel {{target}} {{unit}} bis {{targetDate}}.',
  summary:
    '{{name}}: zuletzt {{latest}} {{unit}} ({{period}}), erwartet {{expected}} {{unit}}; Ausgangswert {{baseline}} {{unit}} ({{baselineDate}}), Ziel {{target}} {{unit}} bis {{targetDate}}; Status: {{status}}.',
  trend: 'Verlauf',
  noValues: 'keine Werte',
};

const en: Translation<typeof de> = {
  county: 'County-wide',
  expected: 'Target path',
  baseline: 'Baseline',
  target: 'Target',
  threshold: 'Warning threshold',
  period: 'Period',
  tableCaption: 'Measurements: {{name}} ({{unit}})',
  legend: 'Legend',
  status: { on_track: 'on track', at_risk: 'at risk', off_track: 'off track', no_data: 'no data' },
  summaryNoData: '{{name}}: no county-wide measurement yet; baseline {{baseline}} {{unit}} ({{baselineDate}}), target {{target}} {{unit}} by {{targetDate}}.',
  summary:
    '{{name}}: latest {{latest}} {{unit}} ({{period}}), expected {{expected}} {{unit}}; baseline {{baseline}} {{unit}} ({{baselineDate}}), target {{target}} {{unit}} by {{targetDate}}; status: {{status}}.',
  trend: 'Trend',
  noValues: 'no values',
};

export type ChartText = typeof de;

export function chartText(lang: string): ChartText {
  return lang === 'en' ? en : de;
}
