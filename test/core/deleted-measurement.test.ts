// A deleted measurement is a tombstone (kept for export and sync), and counts nowhere: not in
// the indicator's status, the goal roll-up the report prints, nor the CSV export.
import { describe, expect, it } from 'vitest';
import { measurementsCsv } from '../../src/core/csv/indicator-rows';
import { readCsv } from '../../src/core/csv/table';
import { assessIndicator } from '../../src/core/indicator-status';
import { goalStatus } from '../../src/core/rollup';
import { makeGoal, makeIndicator, makeMeasurement } from '../factories';

const goal = makeGoal();
const passRate = makeIndicator({
  unit: '%',
  baseline: { value: 40, date: '2023-12-31' },
  target: { value: 60, date: '2025-12-31' },
  warningThreshold: null,
  goalIds: [goal.id],
});
const kept = makeMeasurement({ indicatorId: passRate.id, period: '2024', value: 30 });
const deleted = { ...makeMeasurement({ indicatorId: passRate.id, period: '2025', value: 90 }), deleted: true, revision: 2 };
const TODAY = '2026-06-30';

describe('a deleted measurement', () => {
  it('does not set the indicator’s status', () => {
    const assessment = assessIndicator(passRate, [kept, deleted], TODAY);
    expect(assessment.latest?.id).toBe(kept.id);
    expect(assessment.status).toBe('off_track');
  });

  it('does not lift the goal in the report’s roll-up', () => {
    expect(goalStatus(goal, { indicators: [passRate], measurements: [kept, deleted], measures: [] }, TODAY).status).toBe('off_track');
  });

  it('is left out of the CSV export', () => {
    expect(readCsv(measurementsCsv([passRate], [kept, deleted], [])).rows.map((row) => row[2])).toEqual(['2024']);
  });
});
