// Sync (src/core/merge/SPEC.md): the core merge against JSON.parse + JSON.stringify of the same
// snapshot (a merge should cost about what reading and writing the snapshot costs); a sync of
// one changed record in a county of 10,000 against a sync of the whole snapshot (the goal: below
// 0.05, the cost grows with the changes, not the county); syncs per second with 20 clients
// on loopback, each sending one changed record; and the one-change sync again once the county's
// history has grown from 10,000 to about 40,000 revisions (the goal: about 1 x), with the base
// lookup it makes (readBases' query, alone: an index read, not a scan of the history) at both
// sizes; on SQLite and (with TEST_DATABASE_URL) PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityKind } from '../../src/core/schema';
import { entityKinds, SCHEMA_VERSION } from '../../src/core/schema';
import { SNAPSHOT_FORMAT } from '../../src/core/snapshot';
import type { JsonObject } from '../../src/core/merge/json';
import { mergeRecord } from '../../src/core/merge/merge';
import type { SyncAnswer } from '../../src/core/merge/protocol';
import type { StoreOptions } from '../../src/server/storage/store';
import { bigCounty } from '../server/big-county';
import type { Bench, Report } from './measure';
import { medianMs } from './measure';
import { CLIENTS, postgresDatabase, startBenchServer } from './server-bench';

type Rec = JsonObject & { id: string };
type Sent = { kind: EntityKind; record: Rec; base?: number };

function syncBody(since: number, changes: Sent[]) {
  const records = Object.fromEntries(entityKinds.map((kind) => [kind, [] as Rec[]]));
  const base: Record<string, number> = {};
  for (const { kind, record, base: revision } of changes) {
    records[kind]!.push(record);
    if (revision !== undefined) base[`${kind}/${record.id}`] = revision;
  }
  return JSON.stringify({ syncId: randomUUID(), since, base, changes: { format: SNAPSHOT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(), records } });
}

async function postSync(url: string, token: string, body: string): Promise<SyncAnswer> {
  const response = await fetch(`${url}/api/sync`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const answer = (await response.json()) as SyncAnswer;
  if (!response.ok) throw new Error(`the benchmark sync failed with ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

function mergeFigures(size: number, report: Report): Promise<void> {
  const records = bigCounty(size).map(({ record }) => record);
  // Ours changed the title, theirs the description: every record merges field by field.
  const ours = records.map((r) => ({ ...r, title: `${String(r.title)} (Büro)`, revision: 2 }));
  const theirs = records.map((r) => ({ ...r, description: 'Vom Tablet ergänzt.', revision: 2 }));
  const snapshot = JSON.stringify({ format: SNAPSHOT_FORMAT, schemaVersion: SCHEMA_VERSION, records });
  return (async () => {
    const merge = await medianMs(() => records.forEach((base, i) => mergeRecord(base, ours[i], theirs[i]!)), 5);
    const json = await medianMs(() => JSON.stringify(JSON.parse(snapshot)), 5);
    report(`sync_merge_${size}_ms`, merge, 'ms');
    report(`sync_merge_${size}_vs_json_roundtrip`, merge / json, 'x');
  })();
}

async function serverFigures(name: string, options: StoreOptions, report: Report): Promise<void> {
  const server = await startBenchServer(options);
  try {
    const county = bigCounty(10_000);
    const upload = syncBody(0, county);
    let start = performance.now();
    const first = await postSync(server.url, server.token, upload);
    report(`sync_${name}_first_upload_10000_ms`, performance.now() - start, 'ms');
    report(`sync_${name}_first_upload_10000_mb`, upload.length / 1e6, 'MB');
    let since = first.revision;

    // The whole snapshot again, every record based on its stored revision (nothing changed).
    const whole = county.map(({ kind, record }) => ({ kind, record: { ...record, revision: 1 }, base: 1 }));
    const full = await medianMs(async () => {
      since = (await postSync(server.url, server.token, syncBody(since, whole))).revision;
    }, 3, 0);
    /** The median of 30 syncs that each change one title of the goal, based on its last revision. */
    const oneChange = async (goal: Sent) => {
      let revision = 1;
      const step = async () => {
        const answer = await postSync(server.url, server.token, syncBody(since, [{ kind: 'goals', record: { ...goal.record, title: `Geändert ${revision}`, revision }, base: revision }]));
        since = answer.revision;
        revision += 1;
      };
      return medianMs(step, 30, 3);
    };
    /** The base lookup of a sync alone (the query of readBases in apply-writes.ts), for one record's first revision. */
    let lookups = 0;
    const baseLookup = () => medianMs(async () => {
      const { record } = county[(lookups += 7919) % county.length]!;
      await server.store.db.selectFrom('record_history').select(['kind', 'id', 'revision', 'data']).where('county', '=', 'bench')
        .where((eb) => eb(eb.refTuple('id', 'revision'), 'in', [eb.tuple(record.id, 1)])).execute();
    }, 200, 20);
    const allGoals = county.filter((c) => c.kind === 'goals');
    // The county's history holds 10,000 revisions (the first upload's).
    const one = await oneChange(allGoals[0]!);
    report(`sync_${name}_one_change_in_10000_ms`, one, 'ms');
    report(`sync_${name}_base_lookup_history_10000_us`, (await baseLookup()) * 1000, 'us');
    report(`sync_${name}_full_snapshot_10000_ms`, full, 'ms');
    report(`sync_${name}_one_change_vs_full_snapshot`, one / full, 'x');

    // 20 clients, each editing a goal of its own and syncing as soon as the last answer came.
    const goals = county.filter((c) => c.kind === 'goals').slice(0, CLIENTS);
    const rounds = 25;
    start = performance.now();
    await Promise.all(goals.map(async ({ record }) => {
      let mine = { since, revision: 1 };
      for (let n = 0; n < rounds; n += 1) {
        const answer = await postSync(server.url, server.token, syncBody(mine.since, [{ kind: 'goals', record: { ...record, title: `Client ${n}`, revision: mine.revision }, base: mine.revision }]));
        const stored = answer.changes.records.goals?.find((g) => g.id === record.id);
        mine = { since: answer.revision, revision: stored?.revision as number };
      }
    }));
    report(`sync_${name}_syncs_per_s_${CLIENTS}_clients`, (CLIENTS * rounds) / ((performance.now() - start) / 1000), 'req/s');

    // Three more revisions of every goal, measure and need the clients left alone: the history
    // grows to about 40,000 rows. Then one change again, on a goal nobody touched.
    const untouched = allGoals[CLIENTS]!;
    const touched = new Set([allGoals[0]!, ...goals, untouched].map((c) => c.record.id));
    const rest = county.filter((c) => ['goals', 'measures', 'needs'].includes(c.kind) && !touched.has(c.record.id));
    for (let round = 1; round <= 3; round += 1) {
      const changed = rest.map(({ kind, record }) => ({ kind, record: { ...record, description: `Runde ${round}: ${String(record.description)}`, revision: round }, base: round }));
      since = (await postSync(server.url, server.token, syncBody(since, changed))).revision;
    }
    const oneLater = await oneChange(untouched);
    report(`sync_${name}_one_change_history_40000_ms`, oneLater, 'ms');
    report(`sync_${name}_one_change_history_40000_vs_10000`, oneLater / one, 'x');
    report(`sync_${name}_base_lookup_history_40000_us`, (await baseLookup()) * 1000, 'us');
  } finally {
    await server.close();
  }
}

export const syncBench: Bench = async (report) => {
  await mergeFigures(1_000, report);
  await mergeFigures(10_000, report);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sync-bench-'));
  await serverFigures('sqlite', { dataDir, databaseUrl: null }, report);
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) await serverFigures('postgres', { dataDir, databaseUrl: await postgresDatabase(admin) }, report);
  else process.stderr.write('sync bench: no TEST_DATABASE_URL (PostgreSQL not installed?), so no PostgreSQL figures\n');
};
