// Scales for the indicator chart: dates to x, values to y, and round tick values for the axis.
const DAY = 86_400_000;

export function dayOf(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY;
}

export type Scale = (value: number) => number;

export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) * (r1 - r0)) / span;
}

/** About `count` round ticks (1, 2 or 5 times a power of ten) covering min..max. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/**
 * Where a period's value stands on the time axis: the middle of the period, so a year's value
 * stands over its year's label and a quarter's inside its quarter (drawn at the period's end,
 * 2025's point stood on the line into 2026, over the 2026 label).
 */
export function periodMiddle(startIso: string, endIso: string): number {
  return (dayOf(startIso) + dayOf(endIso) + 1) / 2;
}

export type YearAxis = {
  /** x of each 1 January inside the plot: short ticks that mark where a year begins. */
  boundaries: number[];
  /** The years that are labelled, each centred on its year. */
  labels: { year: number; x: number }[];
};

/** Steps between labelled years: every year, then every 2nd, 5th, 10th … */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/**
 * The year axis from day `fromDay` to `toDay`. Each label names its year at the year's middle;
 * when neighbours would come closer than `labelWidth` plus `gap` (in the same units as `x`),
 * only every 2nd, 5th or 10th year is labelled (years divisible by that step, so 2020, 2025,
 * 2030 rather than 2017, 2022, 2027), and no label runs into the next.
 */
export function yearAxis(fromDay: number, toDay: number, x: Scale, plot: [number, number], labelWidth: number, gap: number): YearAxis {
  const yearOf = (day: number) => new Date(day * DAY).getUTCFullYear();
  const startOf = (year: number) => Date.UTC(year, 0, 1) / DAY;
  const first = yearOf(fromDay);
  const last = yearOf(toDay);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const yearWidth = Math.abs(x(startOf(first + 1)) - x(startOf(first)));
  const step = YEAR_STEPS.find((s) => s * yearWidth >= labelWidth + gap) ?? YEAR_STEPS.at(-1)!;
  const [left, right] = plot;
  const inside = (at: number) => at >= left - 0.01 && at <= right + 0.01;
  const boundaries = years.map(startOf).map(x).filter(inside);
  const labels = years
    .filter((year) => year % step === 0)
    .map((year) => ({ year, x: x((startOf(year) + startOf(year + 1)) / 2) }))
    // A label may reach into the margin by half its width, not further.
    .filter((label) => label.x >= left - labelWidth / 2 && label.x <= right + labelWidth / 2);
  return { boundaries, labels };
}
