// `npm run bench`: runs every benchmark module in turn and prints one figure per line as
// "name: value unit", so runs can be compared line by line. A benchmark is an async
// function (type Bench in measure.ts) that reports its figures; add one by listing it below.
import 'fake-indexeddb/auto';
import type { Bench, Report } from './measure';
import { searchBench } from './search-bench';
import { snapshotBench } from './snapshot-bench';
import { hsdsBench } from './hsds-bench';
import { passwordBench } from './password-bench';
import { rollupBench } from './rollup-bench';
import { serverBench } from './server-bench';
import { syncBench } from './sync-bench';

const benches: Bench[] = [snapshotBench, rollupBench, searchBench, hsdsBench, passwordBench, serverBench, syncBench];

const report: Report = (name, value, unit) => {
  // Ratios (unit x) keep two decimals, as 0.42 x, or two significant digits below 0.1 (a goal
  // such as "below 0.05" must not print as 0.00); other figures one decimal.
  const ratio = (x: number) => (x !== 0 && Math.abs(x) < 0.1 ? x.toPrecision(2) : x.toFixed(2));
  const shown = Number.isInteger(value) ? String(value) : unit === 'x' ? ratio(value) : value.toFixed(1);
  console.log(`${name}: ${shown} ${unit}`);
};

for (const bench of benches) {
  await bench(report);
}
