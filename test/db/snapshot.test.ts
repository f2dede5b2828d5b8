import { beforeEach, describe, expect, it } from 'vitest';
import { entityKinds } from '../../src/core/schema';
import type { SnapshotRecords } from '../../src/core/snapshot';
import { makeSnapshot } from '../../src/core/snapshot';
import type { AppDb } from '../../src/db/database';
import { getMeta } from '../../src/db/repository';
import { LAST_EXPORT_KEY, exportSnapshot, importSnapshotText, markExported, replaceAll } from '../../src/db/snapshot';
import { TEST_TIME, freshDatabase, makeGoal, makeLinkedRecords, makeMeasure, makeOffer, nextId } from '../factories';

const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Every table's rows in a stable order, meta included: what "the database" means to a person. */
async function contents(database: AppDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = { meta: await database.meta.toArray() };
  for (const kind of entityKinds) tables[kind] = byId(await database.anyTable(kind).toArray());
  return tables;
}

/** A model with some weight to it: the linked set, many more goals and measures, a tombstone. */
function severalRecords(): SnapshotRecords {
  const records = makeLinkedRecords();
  const field = records.fieldsOfAction[0]!;
  for (let n = 0; n < 40; n += 1) {
    const goal = makeGoal({ fieldId: field.id, title: `Ziel ${n + 1}` });
    records.goals.push(goal);
    records.measures.push(makeMeasure({ goalIds: [goal.id], title: `Maßnahme ${n + 1}` }));
  }
  records.offers.push(makeOffer({ providerId: nextId(), deleted: true, revision: 4 }));
  return records;
}

let database: AppDb;

beforeEach(() => {
  database = freshDatabase();
});

describe('exporting', () => {
  it('writes every record, deleted ones included, stamped with the export time', async () => {
    const records = severalRecords();
    await replaceAll(records);
    const snapshot = await exportSnapshot('2024-06-03T09:00:00.000Z');
    expect(snapshot.exportedAt).toBe('2024-06-03T09:00:00.000Z');
    for (const kind of entityKinds) expect(byId<{ id: string }>(snapshot.records[kind]), kind).toEqual(byId<{ id: string }>(records[kind]));
    expect(snapshot.records.offers.filter((offer) => offer.deleted)).toHaveLength(1);
  });
});

describe('export, then import', () => {
  it('gives another device the same data, table by table', async () => {
    await replaceAll(severalRecords());
    const text = JSON.stringify(await exportSnapshot(TEST_TIME));
    const before = await contents(database);

    const other = freshDatabase();
    const result = await importSnapshotText(text);
    expect(result.ok).toBe(true);
    expect(await contents(other)).toEqual({ ...before, meta: [] });
  });

  it('replaces what was there before', async () => {
    await replaceAll(makeLinkedRecords());
    const backup = makeLinkedRecords();
    await importSnapshotText(JSON.stringify(makeSnapshot(backup, TEST_TIME)));
    const after = await contents(database);
    for (const kind of entityKinds) expect(after[kind], kind).toEqual(byId<{ id: string }>(backup[kind]));
  });
});

describe('importing a snapshot with a fault', () => {
  it('rejects it whole, names the bad record and leaves the database exactly as it was', async () => {
    await replaceAll(makeLinkedRecords());
    await markExported('2024-05-31T16:00:00.000Z');
    const before = await contents(database);

    const incoming = severalRecords();
    const bad = incoming.measures[17]!;
    incoming.measures[17] = { ...bad, start: '2025-01-01', end: '2024-01-01' };
    const result = await importSnapshotText(JSON.stringify(makeSnapshot(incoming, TEST_TIME)));

    expect(result).toEqual({
      ok: false,
      problems: [{ kind: 'measures', index: 17, id: bad.id, path: 'end', code: 'date_order', params: {} }],
    });
    expect(await contents(database)).toEqual(before);
  });

  it('rejects a snapshot whose measure points at a goal that is not in it, writing nothing', async () => {
    await replaceAll(makeLinkedRecords());
    const before = await contents(database);
    const incoming = severalRecords();
    const missingGoal = nextId();
    incoming.measures[3]!.goalIds = [missingGoal];
    const result = await importSnapshotText(JSON.stringify(makeSnapshot(incoming, TEST_TIME)));
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ kind: 'measures', index: 3, path: 'goalIds', code: 'missing_reference', params: { ref: missingGoal } }),
    ]);
    expect(await contents(database)).toEqual(before);
  });

  it('rejects text that is not a snapshot, writing nothing', async () => {
    await replaceAll(makeLinkedRecords());
    const before = await contents(database);
    const result = await importSnapshotText('Kreistag-Protokoll 2024.docx');
    expect(result.ok).toBe(false);
    expect(await contents(database)).toEqual(before);
  });

  it('leaves the database as it was when writing fails half-way', async () => {
    await replaceAll(makeLinkedRecords());
    const before = await contents(database);
    // Unchecked input whose last table cannot be written: the tables before it were already cleared.
    const incoming = makeLinkedRecords();
    incoming.locations.push({ ...incoming.locations[0]!, name: 'Doppelt' });
    await expect(replaceAll(incoming)).rejects.toThrow();
    expect(await contents(database)).toEqual(before);
  });
});

describe('the last export', () => {
  it('is remembered with its time', async () => {
    expect(await getMeta(LAST_EXPORT_KEY)).toBeUndefined();
    await markExported('2024-06-03T17:45:00.000Z');
    expect(await getMeta(LAST_EXPORT_KEY)).toBe('2024-06-03T17:45:00.000Z');
  });
});
