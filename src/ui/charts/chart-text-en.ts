// English words of chart-text.ts, loaded with the English shell.
import type { Translation } from '../translation';
import type { ChartText } from './chart-text';

export const chartTextEn: Translation<ChartText> = {
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
