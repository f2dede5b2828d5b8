// Export and import of a county-sized database: the Börde example, scaled to 10,000 records
// by cloning its records with new ids. References inside a clone are remapped to the clones
// made in the same round, and point at the originals otherwise, so the scaled snapshot stays
// linked and passes the same checks a real import does. Each figure is the median of several
// runs after a warm-up; plain JSON.parse + JSON.stringify of the same text is the baseline.
import { entityKinds } from '../../src/core/schema';
import type { EntityKind, EntityOf } from '../../src/core/schema';
import type { SnapshotRecords } from '../../src/core/snapshot';
import { emptyRecords, makeSnapshot, parseSnapshot, parseSnapshotText } from '../../src/core/snapshot';
import { AppDb, setDatabase } from '../../src/db/database';
import { exportSnapshot, importSnapshotText, replaceAll } from '../../src/db/snapshot';
import { buildExampleSnapshot } from '../../src/example/build-example';
import type { Bench } from './measure';
import { medianMs } from './measure';

const TARGET_RECORDS = 10_000;
const ITERATIONS = 7;
const NOW = '2025-01-15T09:00:00.000Z';

/** Ids for clones: UUID v4-shaped, counting up, in a range of their own. */
function cloneIds(): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    return `c10e0000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  };
}

/** A JSON value with every string that is a key of `ids` replaced by its new id. */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remap(item, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remap(item, ids)]));
  }
  return value;
}

function countRecords(records: SnapshotRecords): number {
  return entityKinds.reduce((sum, kind) => sum + records[kind].length, 0);
}

/**
 * The records plus clones of them up to `target`. Each round clones every record (the last
 * round only the first ones in kind order, so that a measurement is cloned only after its
 * indicator was).
 */
export function scaleRecords(base: SnapshotRecords, target: number, newId: () => string): SnapshotRecords {
  const scaled = emptyRecords();
  for (const kind of entityKinds) (scaled[kind] as unknown[]).push(...base[kind]);
  let total = countRecords(base);
  if (total === 0) throw new Error('nothing to scale: the example has no records');
  while (total < target) {
    const round: [EntityKind, EntityOf<EntityKind>][] = [];
    for (const kind of entityKinds) {
      for (const record of base[kind]) if (total + round.length < target) round.push([kind, record]);
    }
    const ids = new Map(round.map(([, record]) => [record.id, newId()]));
    for (const [kind, record] of round) (scaled[kind] as unknown[]).push(remap(record, ids));
    total += round.length;
  }
  return scaled;
}

export const snapshotBench: Bench = async (report) => {
  const example = buildExampleSnapshot(NOW);
  const scaled = makeSnapshot(scaleRecords(example.records, TARGET_RECORDS, cloneIds()), NOW);
  const checked = parseSnapshot(JSON.parse(JSON.stringify(scaled)));
  if (!checked.ok) {
    throw new Error(`the scaled example does not pass parseSnapshot: ${JSON.stringify(checked.problems.slice(0, 5))}`);
  }

  setDatabase(new AppDb(`bench-snapshot-${Date.now()}`));
  await replaceAll(checked.snapshot.records);
  const text = JSON.stringify(await exportSnapshot(NOW));

  const exportMs = await medianMs(async () => JSON.stringify(await exportSnapshot(NOW)), ITERATIONS);
  const importMs = await medianMs(async () => {
    const result = await importSnapshotText(text);
    if (!result.ok) throw new Error('the exported snapshot does not import');
  }, ITERATIONS);
  const validateMs = await medianMs(() => parseSnapshotText(text), ITERATIONS);
  const writeMs = await medianMs(() => replaceAll(checked.snapshot.records), ITERATIONS);
  const jsonMs = await medianMs(() => JSON.stringify(JSON.parse(text)), ITERATIONS);

  report('snapshot_records', countRecords(checked.snapshot.records), 'count');
  report('snapshot_text_10k_mb', text.length / 1_000_000, 'MB');
  report('snapshot_export_10k_ms', exportMs, 'ms');
  report('snapshot_import_10k_ms', importMs, 'ms');
  report('snapshot_import_validate_10k_ms', validateMs, 'ms');
  report('snapshot_import_write_10k_ms', writeMs, 'ms');
  report('json_roundtrip_10k_ms', jsonMs, 'ms');
  report('snapshot_export_vs_json', exportMs / jsonMs, 'x');
  report('snapshot_import_vs_json', importMs / jsonMs, 'x');
};
