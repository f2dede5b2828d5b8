// Status and roll-up of a large concept: 10 fields, 100 goals, 500 indicators (five per goal),
// 50,000 county-wide and municipal measurements (100 per indicator: 20 quarters × county and four
// municipalities) and 300 measures. One figure is the whole board (every indicator assessed,
// every goal and field rolled up) from fresh data objects, so nothing is cached between runs;
// the baseline is one pass over the measurements summing their values, the least any status
// computation has to do. Values follow a seeded sequence, so every run sees the same concept.
import { conceptStatus } from '../../src/core/rollup';
import type { FieldOfAction, Goal, Indicator, Measure, Measurement } from '../../src/core/schema';
import type { Bench } from './measure';
import { medianMs } from './measure';

const INDICATORS = 500;
const MEASUREMENTS = 50_000;
const ITERATIONS = 9;
// The one pass is so short that the first runs measure the JIT compiler, not the loop.
const WARMUPS = 5;
const TODAY = '2026-03-01';
const T = '2025-01-15T09:00:00.000Z';

const id = (kind: number, n: number) => `b0000000-0000-4000-8${kind.toString(16)}00-${n.toString(16).padStart(12, '0')}`;
const base = (n: number, kind: number) => ({ id: id(kind, n), createdAt: T, updatedAt: T, updatedBy: 'bench', revision: 1, deleted: false });

export function concept() {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const fields: FieldOfAction[] = Array.from({ length: 10 }, (_, n) => ({ ...base(n, 1), code: `feld_${n}`, name: `Feld ${n}`, description: '', order: n }));
  const goals: Goal[] = Array.from({ length: 100 }, (_, n) => ({ ...base(n, 2), fieldId: fields[n % 10]!.id, title: `Ziel ${n}`, description: '', priority: 'medium', targetDate: null }));
  const measures: Measure[] = Array.from({ length: 300 }, (_, n) => ({
    ...base(n, 3), goalIds: [goals[n % 100]!.id], title: `Maßnahme ${n}`, description: '', status: (['active', 'paused', 'planned', 'dropped', 'done'] as const)[n % 5]!,
    responsibleUnit: 'Integrationsbüro', partnerProviderIds: [], targetGroups: [], municipalityIds: [], start: null, end: null, staffHoursPerYear: 0, budgetPerYear: 0, progressNotes: [],
  }));
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, n) => ({
    ...base(n, 4), name: `Indikator ${n}`, definition: '-', unit: '%', dataSource: '-', direction: n % 3 === 0 ? 'lower_better' : 'higher_better',
    baseline: { value: 50, date: '2020-12-31' }, target: { value: n % 3 === 0 ? 30 : 70, date: '2027-12-31' }, warningThreshold: n % 4 === 0 ? 45 : null,
    period: 'quarterly', goalIds: [goals[Math.floor(n / 5)]!.id], measureIds: [], byMunicipality: true,
  }));
  const places = [null, id(5, 1), id(5, 2), id(5, 3), id(5, 4)];
  const measurements: Measurement[] = [];
  for (let i = 0; i < MEASUREMENTS; i += 1) {
    const indicator = indicators[i % INDICATORS]!;
    const k = Math.floor(i / INDICATORS);
    const quarter = k % 20;
    measurements.push({
      ...base(i, 6), indicatorId: indicator.id, period: `${2021 + Math.floor(quarter / 4)}-Q${(quarter % 4) + 1}`,
      value: 40 + next() * 30, municipalityId: places[Math.floor(k / 20)]!, source: '-', note: '',
    });
  }
  // Read back as IndexedDB hands records over (a structured clone): plain fast objects, unlike
  // the spread-built literals above, which V8 keeps in a slow dictionary form.
  return structuredClone({ fields, goals, measures, indicators, measurements });
}

export const rollupBench: Bench = async (report) => {
  const c = concept();
  let sink = 0;
  const board = await medianMs(() => {
    // A fresh data object each time: the roll-up's per-object cache must not carry over.
    const rolled = conceptStatus(c.fields, c.goals, { indicators: c.indicators, measurements: c.measurements, measures: c.measures }, TODAY);
    sink += rolled.length;
  }, ITERATIONS, WARMUPS);
  const onePass = await medianMs(() => {
    let sum = 0;
    for (const m of c.measurements) sum += m.value;
    sink += sum;
  }, ITERATIONS, WARMUPS);
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work from being optimised away');
  report('rollup_500x50k_ms', board, 'ms');
  report('rollup_vs_one_pass', board / onePass, 'x');
};
