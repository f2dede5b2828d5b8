// The time axis of the indicator chart: a value stands over its own period's label, and the
// year labels of a long concept (2017 to 2030) are thinned so none runs into the next.
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../../src/core/indicator-status';
import { periodStart } from '../../../src/core/periods';
import { dayOf, linear, periodMiddle, yearAxis } from '../../../src/ui/charts/chart-scale';

const PLOT: [number, number] = [56, 530];
const LABEL = 31;
const GAP = 12;
const middleOf = (period: string) => periodMiddle(periodStart(period), periodEnd(period));

function axisFor(from: string, to: string) {
  const x = linear([dayOf(from), dayOf(to)], PLOT);
  return { x, axis: yearAxis(dayOf(from), dayOf(to), x, PLOT, LABEL, GAP) };
}

describe('the chart’s time axis', () => {
  it('draws 2025’s value over the 2025 label, before the line where 2026 begins', () => {
    const { x, axis } = axisFor('2022-12-31', '2026-12-31');
    const label2025 = axis.labels.find((label) => label.year === 2025)!;
    const point = x(middleOf('2025'));
    expect(point).toBeCloseTo(label2025.x, 0);
    expect(point).toBeLessThan(x(dayOf('2026-01-01')));
    expect(point).toBeGreaterThan(x(dayOf('2025-01-01')));
  });

  it('places a quarter’s value inside its quarter and a month’s inside its month', () => {
    expect(middleOf('2024-Q2')).toBeGreaterThan(dayOf('2024-05-01'));
    expect(middleOf('2024-Q2')).toBeLessThan(dayOf('2024-06-01'));
    expect(middleOf('2024-02')).toBeGreaterThan(dayOf('2024-02-08'));
    expect(middleOf('2024-02')).toBeLessThan(dayOf('2024-02-22'));
  });

  it('labels every year of a short concept', () => {
    const { axis } = axisFor('2022-12-31', '2026-12-31');
    expect(axis.labels.map((label) => label.year)).toEqual([2023, 2024, 2025, 2026]);
  });

  it('thins the labels of 2017 to 2030 so that neighbours keep their distance, and keeps a tick at every year', () => {
    const { axis } = axisFor('2017-01-01', '2030-12-31');
    const years = axis.labels.map((label) => label.year);
    expect(years.length).toBeGreaterThan(2);
    expect(years.length).toBeLessThan(14);
    expect(years.every((year) => year % 2 === 0)).toBe(true);
    for (let i = 1; i < axis.labels.length; i++) expect(axis.labels[i]!.x - axis.labels[i - 1]!.x).toBeGreaterThanOrEqual(LABEL + GAP);
    expect(axis.boundaries).toHaveLength(14);
  });
});
