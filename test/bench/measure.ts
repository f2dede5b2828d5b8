// What every benchmark shares: how it reports a figure and how it times a step.

export type Report = (name: string, value: number, unit: string) => void;
/** A benchmark: runs its steps and reports each figure once. */
export type Bench = (report: Report) => Promise<void>;

/** The median duration of a step in milliseconds, after warm-up runs that are not counted. */
export async function medianMs(step: () => unknown, iterations: number, warmups = 1): Promise<number> {
  for (let n = 0; n < warmups; n += 1) await step();
  const times: number[] = [];
  for (let n = 0; n < iterations; n += 1) {
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}
