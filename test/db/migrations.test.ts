// A tablet that was offline for months opens the new app version on a database an older
// version wrote. For every older schema version: build that database from the version list
// as it was then, fill it with rows shaped as that version stored them, then open the
// current AppDb on it and check that nothing was lost, the upgrades ran, and every index
// of the current schema answers queries.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { EntityKind, Review } from '../../src/core/schema';
import { entityKinds } from '../../src/core/schema';
import type { SnapshotRecords } from '../../src/core/snapshot';
import { AppDb } from '../../src/db/database';
import { latestVersion, schemaVersions } from '../../src/db/schema-versions';
import { makeCorrectionReport, makeGoal, makeLinkedRecords, makeMeasurement, makeReferral, makeReview } from '../factories';

type Row = Record<string, unknown>;

/**
 * How rows looked before each version changed them: the version's upgrade in reverse.
 * A new version with an upgrade adds its entry here.
 */
const rowsBefore: Record<number, (kind: EntityKind, row: Row) => Row> = {
  2: (kind, row) => {
    if (kind !== 'providers' && kind !== 'offers' && kind !== 'locations') return row;
    const { archived: _archived, ...older } = row;
    return older;
  },
  3: (kind, row) => {
    if (kind !== 'offers') return row;
    const { translations: _translations, practicalNotes: _notes, course: _course, ...older } = row;
    return older;
  },
  // Version 4 added the outbox; the rows stayed as they were.
  4: (_kind, row) => row,
  5: (kind, row) => {
    if (kind !== 'reviews') return row;
    return { ...row, assessments: (row.assessments as Row[]).map(({ id: _id, ...older }) => older) };
  },
};

function rowsAsStoredBy(version: number, kind: EntityKind, rows: Row[]): Row[] {
  const later = schemaVersions.filter((step) => step.version > version).reverse();
  return rows.map((row) => later.reduce((shaped, step) => rowsBefore[step.version]?.(kind, shaped) ?? shaped, row));
}

/** The table specs in force at a version: each version's stores amend the ones before. */
function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of schemaVersions.filter((s) => s.version <= version)) {
    for (const [table, spec] of Object.entries(step.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

function openOlder(name: string, index: number): Dexie {
  const older = new Dexie(name);
  for (const step of schemaVersions.slice(0, index + 1)) {
    const declared = older.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  return older;
}

/** Representative rows: every kind, every reference set, and two periods of one indicator. */
function representativeRecords(): SnapshotRecords {
  const records = makeLinkedRecords();
  const indicator = records.indicators[0]!;
  records.measurements.push(makeMeasurement({ indicatorId: indicator.id, period: '2023', value: 38, municipalityId: records.municipalities[1]!.id }));
  records.goals.push(makeGoal({ fieldId: records.fieldsOfAction[0]!.id, deleted: true, revision: 3 }));
  const offer = records.offers[0]!;
  records.referrals.push(makeReferral({ offerId: offer.id, municipalityId: records.municipalities[1]!.id }));
  records.correctionReports.push(makeCorrectionReport({ targetId: offer.id }));
  const goal = records.goals[0]!;
  records.reviews.push(
    makeReview({ assessments: [{ id: goal.id, goalId: goal.id, computedStatus: 'on_track', confirmedStatus: 'on_track', overrideReason: '', findings: '' }] }),
  );
  return records;
}

const byId = (rows: Row[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** A query by the index and a value the row holds there, or null if the row holds none. */
function valueFor(index: string, row: Row): unknown {
  const compound = /^\[(.+)\]$/.exec(index);
  if (compound) {
    const parts = compound[1]!.split('+').map((field) => row[field]);
    return parts.some((part) => part === null || part === undefined) ? null : parts;
  }
  const value = row[index.replace(/^[*&]/, '')];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

const olderVersions = schemaVersions.slice(0, -1).map((step, index) => ({ version: step.version, index }));

it('knows how rows looked before every version that changed them', () => {
  const withUpgrade = schemaVersions.filter((step) => step.upgrade).map((step) => step.version);
  expect(withUpgrade.filter((version) => !rowsBefore[version])).toEqual([]);
});

describe.each(olderVersions)('a database written by schema version $version', ({ version, index }) => {
  async function upgradedFrom(records: SnapshotRecords) {
    const name = `migration-from-${version}-${crypto.randomUUID()}`;
    const older = openOlder(name, index);
    await older.open();
    const tables = storesAt(version);
    for (const kind of entityKinds) {
      if (!tables[kind]) continue;
      await older.table(kind).bulkAdd(rowsAsStoredBy(version, kind, records[kind] as unknown as Row[]));
    }
    older.close();
    const current = new AppDb(name);
    await current.open();
    return current;
  }

  it('opens in the current version with every record still there, upgraded', async () => {
    const records = representativeRecords();
    const current = await upgradedFrom(records);
    expect(current.verno).toBe(latestVersion);
    const existed = storesAt(version);
    for (const kind of entityKinds) {
      const stored = (await current.anyTable(kind).toArray()) as unknown as Row[];
      // Tables a later version added start empty.
      const expected = existed[kind] ? (records[kind] as unknown as Row[]) : [];
      expect(byId(stored), kind).toEqual(byId(expected));
    }
    current.close();
  });

  it('gives every directory entry an archive flag', async () => {
    const current = await upgradedFrom(representativeRecords());
    for (const kind of ['providers', 'offers', 'locations'] as const) {
      const rows = await current.entities(kind).toArray();
      expect(rows.length, kind).toBeGreaterThan(0);
      expect(rows.map((row) => row.archived), kind).toEqual(rows.map(() => false));
    }
    current.close();
  });

  it('answers queries by every index of the current schema', async () => {
    const records = representativeRecords();
    const current = await upgradedFrom(records);
    const existed = storesAt(version);
    for (const [table, spec] of Object.entries(storesAt(latestVersion))) {
      if (!entityKinds.includes(table as EntityKind) || !existed[table]) continue;
      const rows = records[table as EntityKind] as unknown as Row[];
      const indexes = spec.split(',').map((part) => part.trim()).slice(1);
      for (const indexSpec of indexes) {
        const row = rows.find((candidate) => valueFor(indexSpec, candidate) !== null);
        expect(row, `${table} has a row to find by ${indexSpec}`).toBeDefined();
        const name = indexSpec.replace(/^[*&]/, '');
        const found = await current.table(table).where(name).equals(valueFor(indexSpec, row!) as string).primaryKeys();
        expect(found, `${table} by ${indexSpec}`).toContain(row!.id);
      }
    }
    current.close();
  });

  it('finds one indicator’s measurement for one period', async () => {
    const records = representativeRecords();
    const current = await upgradedFrom(records);
    const indicatorId = records.indicators[0]!.id;
    const found = await current.entities('measurements').where('[indicatorId+period]').equals([indicatorId, '2023']).toArray();
    expect(found.map((m) => m.value)).toEqual([38]);
    current.close();
  });

  it('notes every record it holds from before the outbox as new on this device, waiting for the first sync', async () => {
    const records = representativeRecords();
    const current = await upgradedFrom(records);
    const existed = storesAt(version);
    // From version 4 on, every record came with its outbox entry; rows put here directly have none.
    const expected = entityKinds
      .filter((kind) => existed[kind] && version < 4)
      .flatMap((kind) => records[kind].map((record) => ({ key: `${kind}/${record.id}`, kind, id: record.id, baseRevision: null, localRevision: record.revision, base: null })));
    expect(byId(await current.outbox.toArray())).toEqual(byId(expected));
    current.close();
  });

  it('has a place for settings and bookkeeping', async () => {
    const current = await upgradedFrom(representativeRecords());
    await current.meta.put({ key: 'lastExportAt', value: '2024-06-03T09:00:00.000Z' });
    expect(await current.meta.get('lastExportAt')).toEqual({ key: 'lastExportAt', value: '2024-06-03T09:00:00.000Z' });
    current.close();
  });
});

it('a fresh database answers queries by every index of the current schema', async () => {
  const records = representativeRecords();
  const current = new AppDb(`fresh-${crypto.randomUUID()}`);
  await current.open();
  for (const kind of entityKinds) await current.anyTable(kind).bulkAdd(records[kind]);
  for (const [table, spec] of Object.entries(storesAt(latestVersion))) {
    if (!entityKinds.includes(table as EntityKind)) continue;
    const rows = records[table as EntityKind] as unknown as Row[];
    for (const indexSpec of spec.split(',').map((part) => part.trim()).slice(1)) {
      const row = rows.find((candidate) => valueFor(indexSpec, candidate) !== null);
      expect(row, `${table} has a row to find by ${indexSpec}`).toBeDefined();
      const found = await current.table(table).where(indexSpec.replace(/^[*&]/, '')).equals(valueFor(indexSpec, row!) as string).primaryKeys();
      expect(found, `${table} by ${indexSpec}`).toContain(row!.id);
    }
  }
  current.close();
});

it('gives the assessments of a review waiting for sync their ids in the record and in the server version kept as its base', async () => {
  const name = `migration-assessment-ids-${crypto.randomUUID()}`;
  const older = openOlder(name, schemaVersions.findIndex((step) => step.version === 4));
  await older.open();
  const goalId = '00000000-0000-4000-8000-0000000000a7';
  const assessment = { goalId, computedStatus: 'on_track', confirmedStatus: 'at_risk', overrideReason: 'Kurse fielen aus', findings: '' };
  const onServer = { ...makeReview({ revision: 6 }), assessments: [{ ...assessment, confirmedStatus: 'on_track', overrideReason: '' }] };
  const edited = { ...onServer, assessments: [assessment], revision: 7 };
  await older.table('reviews').add(edited);
  await older.table('outbox').add({ key: `reviews/${edited.id}`, kind: 'reviews', id: edited.id, baseRevision: 6, localRevision: 7, base: onServer });
  older.close();

  const current = new AppDb(name);
  await current.open();

  expect((await current.entities('reviews').get(edited.id))?.assessments).toEqual([{ ...assessment, id: goalId }]);
  const entry = await current.outbox.get(`reviews/${edited.id}`);
  expect(entry).toMatchObject({ baseRevision: 6, localRevision: 7 });
  expect((entry?.base as Review).assessments).toEqual([{ ...onServer.assessments[0], id: goalId }]);
  current.close();
});
