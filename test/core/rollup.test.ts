import { describe, expect, it } from 'vitest';
import { conceptStatus, fieldStatus, goalStatus } from '../../src/core/rollup';
import type { RollupData } from '../../src/core/rollup';
import type { Goal, Indicator, Measure, Measurement } from '../../src/core/schema';
import { makeFieldOfAction, makeGoal, makeIndicator, makeMeasure, makeMeasurement } from '../factories';

const TODAY = '2025-03-01';
const language = makeFieldOfAction({ name: 'Sprache und Bildung', order: 0 });
const b1 = makeGoal({ fieldId: language.id, title: 'Mehr Erwachsene erreichen B1' });

// Rising from 40 to 60 between the end of 2023 and the end of 2025: about 50 at the end of 2024.
function indicatorFor(goal: Goal, overrides: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    goalIds: [goal.id],
    baseline: { value: 40, date: '2023-12-31' },
    target: { value: 60, date: '2025-12-31' },
    warningThreshold: null,
    ...overrides,
  });
}
const value = (indicator: Indicator, period: string, v: number): Measurement =>
  makeMeasurement({ indicatorId: indicator.id, period, value: v, municipalityId: null });
const measureFor = (goal: Goal, status: Measure['status']) => makeMeasure({ goalIds: [goal.id], status });

function data(indicators: Indicator[], measurements: Measurement[], measures: Measure[] = []): RollupData {
  return { indicators, measurements, measures };
}

describe("a goal's status", () => {
  it('is on track when every indicator with data is on track, and names those still without data', () => {
    const passRate = indicatorFor(b1, { name: 'B1-Quote' });
    const courses = indicatorFor(b1, { name: 'Kursplätze' });
    const result = goalStatus(b1, data([passRate, courses], [value(passRate, '2024', 52)], [measureFor(b1, 'active')]), TODAY);
    expect(result.status).toBe('on_track');
    expect(result.reasons).toContainEqual({ code: 'indicator_no_data', indicatorId: courses.id, name: 'Kursplätze', unit: '%' });
    expect(result.reasons).toContainEqual({ code: 'indicators_on_track', count: 1 });
  });

  it('is off track when one indicator is off track, however well the others do', () => {
    const good = indicatorFor(b1);
    const bad = indicatorFor(b1, { name: 'Abbruchquote' });
    const result = goalStatus(b1, data([good, bad], [value(good, '2024', 55), value(bad, '2024', 42)]), TODAY);
    expect(result.status).toBe('off_track');
    expect(result.reasons[0]).toMatchObject({ code: 'indicator_off_track', indicatorId: bad.id, details: [{ code: 'behind_path', value: 42 }] });
  });

  it('is off track when an indicator slides two periods in a row, even while it is still near its path', () => {
    const slow = indicatorFor(b1, { baseline: { value: 40, date: '2019-12-31' }, target: { value: 60, date: '2030-12-31' } });
    const result = goalStatus(b1, data([slow], [value(slow, '2022', 58), value(slow, '2023', 54), value(slow, '2024', 51)]), TODAY);
    expect(result.indicators[0]!.assessment.status).toBe('at_risk');
    expect(result.status).toBe('off_track');
    expect(result.reasons[0]).toMatchObject({ code: 'indicator_adverse', adverse: { reason: 'moving_away_two_periods' } });
  });

  it('is at risk when an indicator is slightly behind', () => {
    const passRate = indicatorFor(b1);
    expect(goalStatus(b1, data([passRate], [value(passRate, '2024', 47)]), TODAY).status).toBe('at_risk');
  });

  it('is at risk when more than half of its measures are paused or dropped, but not at exactly half', () => {
    const passRate = indicatorFor(b1);
    const onTrack = [value(passRate, '2024', 55)];
    const half = [measureFor(b1, 'active'), measureFor(b1, 'paused')];
    expect(goalStatus(b1, data([passRate], onTrack, half), TODAY).status).toBe('on_track');
    const most = [measureFor(b1, 'active'), measureFor(b1, 'paused'), measureFor(b1, 'dropped')];
    const result = goalStatus(b1, data([passRate], onTrack, most), TODAY);
    expect(result.status).toBe('at_risk');
    expect(result.reasons).toContainEqual({ code: 'measures_stalled', stalled: 2, total: 3 });
    expect(result.measures).toEqual({ total: 3, byStatus: { planned: 0, active: 1, done: 0, paused: 1, dropped: 1 } });
  });

  it('has no data when none of its indicators has a value, or it has no indicators', () => {
    const passRate = indicatorFor(b1);
    expect(goalStatus(b1, data([passRate], [], [measureFor(b1, 'active')]), TODAY).status).toBe('no_data');
    const bare = goalStatus(b1, data([], []), TODAY);
    expect(bare.status).toBe('no_data');
    expect(bare.reasons).toEqual([{ code: 'no_indicators' }, { code: 'no_measures' }]);
  });

  it('prefers the evidence of stalled measures over having no data', () => {
    expect(goalStatus(b1, data([], [], [measureFor(b1, 'dropped')]), TODAY).status).toBe('at_risk');
  });

  it('names a stale indicator without changing the status', () => {
    const passRate = indicatorFor(b1, { name: 'B1-Quote' });
    const result = goalStatus(b1, data([passRate], [value(passRate, '2022', 55)]), '2025-06-01');
    expect(result.status).toBe('on_track');
    expect(result.reasons).toContainEqual({ code: 'indicator_stale', indicatorId: passRate.id, name: 'B1-Quote', unit: '%', lastPeriod: '2022', periods: 2 });
  });

  it('ignores deleted indicators and measures and indicators of other goals', () => {
    const other = makeGoal({ fieldId: language.id });
    const gone = { ...indicatorFor(b1), deleted: true };
    const elsewhere = indicatorFor(other);
    const result = goalStatus(b1, data([gone, elsewhere], [value(gone, '2024', 10), value(elsewhere, '2024', 10)], [{ ...measureFor(b1, 'dropped'), deleted: true }]), TODAY);
    expect(result.status).toBe('no_data');
    expect(result.measures.total).toBe(0);
  });
});

describe("a field's status", () => {
  const second = makeGoal({ fieldId: language.id, title: 'Kita-Plätze für Kinder mit Fluchtgeschichte' });

  it('is off track when one goal is off track, and says which first', () => {
    const good = indicatorFor(b1);
    const bad = indicatorFor(second);
    const result = fieldStatus(language, [b1, second], data([good, bad], [value(good, '2024', 55), value(bad, '2024', 41)]), TODAY);
    expect(result.status).toBe('off_track');
    expect(result.reasons[0]).toEqual({ code: 'goal_off_track', goalId: second.id, title: second.title });
    expect(result.reasons).toContainEqual({ code: 'goals_on_track', count: 1, total: 2 });
  });

  it('is at risk when its worst goal is at risk', () => {
    const risky = indicatorFor(second);
    expect(fieldStatus(language, [b1, second], data([risky], [value(risky, '2024', 47)]), TODAY).status).toBe('at_risk');
  });

  it('is on track when goals with data are on track, and has no data when none has', () => {
    const good = indicatorFor(b1);
    expect(fieldStatus(language, [b1, second], data([good], [value(good, '2024', 55)]), TODAY).status).toBe('on_track');
    expect(fieldStatus(language, [b1, second], data([good], []), TODAY)).toMatchObject({ status: 'no_data', reasons: [{ code: 'goals_no_data', count: 2 }] });
    expect(fieldStatus(language, [], data([], []), TODAY)).toMatchObject({ status: 'no_data', reasons: [{ code: 'no_goals' }] });
  });
});

describe('the whole concept', () => {
  it('lists fields in their order, each with its own goals', () => {
    const work = makeFieldOfAction({ name: 'Arbeit', order: 1 });
    const first = makeFieldOfAction({ name: 'Ankommen', order: 0 });
    const jobGoal = makeGoal({ fieldId: work.id });
    const rolled = conceptStatus([work, first], [jobGoal, b1], data([], []), TODAY);
    expect(rolled.map((f) => f.fieldId)).toEqual([first.id, work.id]);
    expect(rolled[1]!.goals.map((g) => g.goalId)).toEqual([jobGoal.id]);
  });
});
