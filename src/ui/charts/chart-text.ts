// The charts' words (English in chart-text-en.ts). The charts are shared by several features
// (indicator detail, overview, council report), so they carry their own small dictionary, picked
// by the `lang` they are given, instead of borrowing one feature's i18n namespace.

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


export type ChartText = typeof de;

// English arrives with the English shell (src/app/i18n.ts); until then every language reads German.
let en: ChartText | undefined;
export function provideEnglishChartText(words: ChartText): void {
  en = words;
}

export function chartText(lang: string): ChartText {
  return lang === 'en' && en ? en : de;
}
