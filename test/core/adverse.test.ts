import { describe, expect, it } from 'vitest';
import { adverseDevelopment } from '../../src/core/adverse';
import type { Indicator } from '../../src/core/schema';
import { makeIndicator, makeMeasurement } from '../factories';

// Participants in the women's course should rise from 100 to 200 by 2030; warn below 80.
const participants = makeIndicator({
  direction: 'higher_better',
  baseline: { value: 100, date: '2022-12-31' },
  target: { value: 200, date: '2030-12-31' },
  warningThreshold: 80,
});

const series = (indicator: Indicator, values: Record<string, number>, municipalityId: string | null = null) =>
  Object.entries(values).map(([period, value]) => makeMeasurement({ indicatorId: indicator.id, period, value, municipalityId }));

describe('an adverse development', () => {
  it('is flagged when the values fell two periods in a row, with the periods it rests on', () => {
    expect(adverseDevelopment(participants, series(participants, { '2022': 120, '2023': 110, '2024': 95 }))).toEqual({
      reason: 'moving_away_two_periods',
      periods: ['2022', '2023', '2024'],
      values: [120, 110, 95],
    });
  });

  it('is not flagged after one bad period, nor when a flat period breaks the slide', () => {
    expect(adverseDevelopment(participants, series(participants, { '2023': 120, '2024': 110 }))).toBeNull();
    expect(adverseDevelopment(participants, series(participants, { '2022': 120, '2023': 110, '2024': 110 }))).toBeNull();
    expect(adverseDevelopment(participants, series(participants, { '2021': 130, '2022': 120, '2023': 110, '2024': 115 }))).toBeNull();
  });

  it('has nothing to say without values or with a single one', () => {
    expect(adverseDevelopment(participants, [])).toBeNull();
    expect(adverseDevelopment(participants, series(participants, { '2024': 120 }))).toBeNull();
  });

  it('is flagged when the latest value is past the warning threshold, but not exactly at it', () => {
    expect(adverseDevelopment(participants, series(participants, { '2024': 80 }))).toBeNull();
    expect(adverseDevelopment(participants, series(participants, { '2024': 79 }))).toEqual({ reason: 'threshold_crossed', periods: ['2024'], values: [79] });
  });

  it('names the threshold when both apply', () => {
    expect(adverseDevelopment(participants, series(participants, { '2022': 100, '2023': 90, '2024': 70 }))?.reason).toBe('threshold_crossed');
  });

  it('does not warn about a slide that stays at or beyond a target reached early', () => {
    expect(adverseDevelopment(participants, series(participants, { '2022': 240, '2023': 220, '2024': 200 }))).toBeNull();
    expect(adverseDevelopment(participants, series(participants, { '2022': 240, '2023': 220, '2024': 199 }))?.reason).toBe('moving_away_two_periods');
  });

  it('reads "away" the other way round where lower is better', () => {
    const waiting = makeIndicator({ direction: 'lower_better', baseline: { value: 12, date: '2022-12-31' }, target: { value: 6, date: '2030-12-31' }, warningThreshold: 16 });
    expect(adverseDevelopment(waiting, series(waiting, { '2022': 10, '2023': 11, '2024': 13 }))?.reason).toBe('moving_away_two_periods');
    expect(adverseDevelopment(waiting, series(waiting, { '2022': 13, '2023': 11, '2024': 10 }))).toBeNull();
    expect(adverseDevelopment(waiting, series(waiting, { '2024': 16 }))).toBeNull();
    expect(adverseDevelopment(waiting, series(waiting, { '2024': 16.5 }))?.reason).toBe('threshold_crossed');
  });

  it('looks at county-wide values only: one municipality sliding is not a county warning', () => {
    const haldensleben = '00000000-0000-4000-8000-00000000aaaa';
    expect(adverseDevelopment(participants, series(participants, { '2022': 120, '2023': 110, '2024': 95 }, haldensleben))).toBeNull();
  });
});
