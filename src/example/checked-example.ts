// The example as the build ships it: built, then checked like any imported snapshot, so an
// invalid example fails the build rather than a device's first start.
import { parseSnapshot } from '../core/snapshot';
import { buildExampleSnapshot } from './build-example';

export { EXAMPLE_SNAPSHOT_FILE } from './example-file';

/** The example snapshot as JSON text; throws when the example data does not pass the checks. */
export function checkedExampleJson(now: string): string {
  const parsed = parseSnapshot(buildExampleSnapshot(now));
  if (!parsed.ok) {
    const first = parsed.problems.slice(0, 5).map((p) => `${p.kind ?? ''}/${p.id ?? ''} ${p.path}: ${p.code}`);
    throw new Error(`The example data has ${parsed.problems.length} problem(s): ${first.join('; ')}`);
  }
  return JSON.stringify(parsed.snapshot);
}
