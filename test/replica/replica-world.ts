// The seeded sync histories of test/core/merge (simulation.ts) played through the real code:
// every device is a real replica (its own IndexedDB on fake-indexeddb, the repository's writes,
// the outbox, the sync engine's syncNow with its attempts, retries and applyIncoming), and the
// server is the real sync route's handler (src/server/replication/sync.ts, applyWrites and the
// merge) on a SQLite store, called in-process: the app's fetch goes to a stand-in that hands the
// request to the handler and can lose the request or its answer on the way, as a network does.
//
// The records are measures (text fields, progress notes as a list of items with ids, deletion).
// As in the model, every edit writes a unique token ("d1:17"), so afterwards each edit can be
// looked for: in the server's final state, in a conflict record, or overwritten by a person who
// had seen it (superseded).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Dexie from 'dexie';
import type { Measure, ProgressNote } from '../../src/core/schema';
import type { JsonObject } from '../../src/core/merge/json';
import { sameJson } from '../../src/core/merge/json';
import { valueAt } from '../../src/core/merge/paths';
import type { SyncConflict } from '../../src/core/merge/protocol';
import { syncRequest } from '../../src/core/merge/protocol';
import { setAuthor } from '../../src/db/context';
import { AppDb, setDatabase } from '../../src/db/database';
import { countPending } from '../../src/db/pending';
import { create, remove, update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { clearAttempt, loadAttempt } from '../../src/replica/attempt';
import type { Clock } from '../../src/replica/build-attempt';
import { exportChanges, queueChangeFile, readChangeFile } from '../../src/replica/change-file';
import { saveConnection } from '../../src/replica/connection';
import { setServerBase } from '../../src/replica/server-api';
import { chooseFirstConnection } from '../../src/replica/sync-actions';
import { syncNow } from '../../src/replica/sync-engine';
import { SYNC_EXPORTED_KEY, SYNC_FILES_KEY } from '../../src/replica/sync-keys';
import { readMeta } from '../../src/replica/sync-meta';
import { addAccount } from '../../src/server/accounts/accounts';
import type { Actor } from '../../src/server/auth/sessions';
import type { ServerContext } from '../../src/server/context';
import { ApiError } from '../../src/server/http/errors';
import { conflictOf } from '../../src/server/replication/conflicts';
import { sync } from '../../src/server/replication/sync';
import type { Store } from '../../src/server/storage/store';
import { openStore } from '../../src/server/storage/store';
import { draftOf, makeLinkedRecords, makeMeasure } from '../factories';
import { testConfig, testHashing } from '../server/harness';

export type Field = 'title' | 'description' | 'responsibleUnit';
export type Mode = 'ok' | 'lost-request' | 'lost-answer' | 'abandon';

export type Op =
  | { type: 'set'; device: number; record: number; field: Field }
  | { type: 'addNote'; device: number; record: number }
  | { type: 'editNote'; device: number; record: number; pick: number }
  | { type: 'removeNote'; device: number; record: number; pick: number }
  | { type: 'moveNote'; device: number; record: number; pick: number }
  | { type: 'delete'; device: number; record: number }
  | { type: 'create'; device: number }
  /** The person corrects their last edit: the same field, or the same note's text, again. */
  | { type: 'fix'; device: number }
  /** The device saves its changes as a change file, which another reads; it goes with that one's next sync (F1). */
  | { type: 'carry'; device: number; to: number }
  | { type: 'sync'; device: number; mode: Mode };

export type Edit = { token: string; key: string; path: string[]; expect: 'value' | 'absent' | 'deleted'; value?: unknown };

const SERVER = 'http://county.test';
const NOTE_DATE = '2025-06-01';
const PASSWORD = 'Leitbild und Ziele 2026';

/** The county server: one SQLite store for a test file, one county per history. */
export class RealServer {
  private constructor(
    readonly store: Store,
    readonly ctx: ServerContext,
  ) {}

  static async open(): Promise<RealServer> {
    const config = testConfig({ dataDir: mkdtempSync(path.join(tmpdir(), 'replica-world-')), databaseUrl: null });
    const store = await openStore(config);
    return new RealServer(store, { store, config, now: () => new Date(), version: 'test' });
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** What the network does with the next request of a device's sync. */
let network: Mode = 'ok';
const actors = new Map<string, Actor>();
let handler: ServerContext | null = null;

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/**
 * The app's fetch, pointed at the in-process server: POST /api/sync is checked against the
 * protocol's schema and handed to the sync handler, as the route does. A lost request never
 * reaches it; a lost answer is thrown away after the handler committed.
 */
export async function countyFetch(input: string, init?: RequestInit): Promise<Response> {
  const url = new URL(input);
  if (url.pathname !== '/api/sync' || init?.method !== 'POST' || !handler) return answer(404, { error: 'not_found', message: 'no such route' });
  const mode = network;
  network = 'ok';
  if (mode === 'lost-request') throw new TypeError('the network dropped the request');
  const token = (init.headers as Record<string, string>).authorization?.replace('Bearer ', '') ?? '';
  const actor = actors.get(token);
  if (!actor) return answer(401, { error: 'invalid_token', message: 'unknown token' });
  const parsed = syncRequest.safeParse(JSON.parse(init.body as string));
  if (!parsed.success) return answer(400, { error: 'invalid_request', message: parsed.error.message });
  let reply: Response;
  try {
    reply = answer(200, await sync(handler, actor, parsed.data));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    reply = answer(error.status, { error: error.code, message: error.message, ...error.extra });
  }
  if (mode === 'lost-answer') throw new TypeError('the network dropped the answer');
  return reply;
}

/** The edit tokens a value holds. */
function tokensIn(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(/"(d\d+:\d+)"/g)].map((match) => match[1]!);
}

let worlds = 0;
let ids = 0;
const clock: Clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
const noteId = () => `00000000-0000-4000-9000-${(ids += 1).toString(16).padStart(12, '0')}`;

type Device = { name: string; db: AppDb; token: string; last?: { record: number; op: Extract<Op, { type: 'set' | 'editNote' }> } };

/** One history: a county on the server and its devices, each a real replica. */
export class ReplicaWorld {
  readonly devices: Device[] = [];
  readonly ids: string[] = [];
  readonly edits: Edit[] = [];
  readonly superseded = new Set<string>();
  readonly county: string;
  private count = 0;

  private constructor(private readonly server: RealServer) {
    worlds += 1;
    this.county = `w${process.pid}-${worlds}`;
  }

  /** The coordinator's first upload of a county with `records` measures, taken by every other device (P13). */
  static async start(server: RealServer, devices: number, records: number): Promise<ReplicaWorld> {
    const world = new ReplicaWorld(server);
    handler = server.ctx;
    setServerBase(SERVER);
    const linked = makeLinkedRecords();
    const goal = linked.goals[0]!;
    for (let r = 1; r < records; r += 1) linked.measures.push(makeMeasure({ goalIds: [goal.id] }));
    world.ids.push(...linked.measures.map((measure) => measure.id));
    for (let d = 0; d < devices; d += 1) {
      const name = `d${d}`;
      const account = await server.store.transaction((trx) => addAccount(trx, { county: world.county, name, role: 'coordinator', password: PASSWORD }, testHashing, new Date(), true));
      const token = `${world.county}/${name}`;
      actors.set(token, { accountId: account.id, county: world.county, name, role: 'coordinator', tokenHash: token, expiresAt: '2999-01-01T00:00:00.000Z' });
      const device = { name, db: new AppDb(`${world.county}-${name}`), token };
      world.devices.push(device);
      world.act(device);
      await saveConnection(world.county, name, { token, role: 'coordinator', expiresAt: '2999-01-01T00:00:00.000Z' });
      if (d === 0) await replaceAll(linked);
      await chooseFirstConnection(d === 0 ? 'upload' : 'take');
      const run = await syncNow(clock);
      if (run.status !== 'done') throw new Error(`${name} could not join the county: ${JSON.stringify(run)}`);
    }
    return world;
  }

  private act(device: Device): void {
    setDatabase(device.db);
    setAuthor(device.name);
  }

  /** The devices' databases go; the county stays in the store (each history has its own). */
  async close(): Promise<void> {
    for (const device of this.devices) {
      device.db.close();
      await Dexie.delete(device.db.name);
    }
  }

  private token(device: Device): string {
    this.count += 1;
    return `${device.name}:${this.count}`;
  }

  /** Tokens each edit's author had seen and replaced: "d1:9" → {"d0:4"}. */
  private readonly saw = new Map<string, Set<string>>();

  /** The person saw this value and replaced it with `token`: the edits it holds are replaced, not lost. */
  private replaces(value: unknown, token: string): void {
    const seen = tokensIn(value);
    for (const old of seen) this.superseded.add(old);
    this.saw.set(token, new Set(seen));
  }

  async run(op: Op): Promise<void> {
    const device = this.devices[op.device % this.devices.length]!;
    this.act(device);
    if (op.type === 'sync') {
      if (op.mode === 'abandon') {
        // The server refuses the attempt and stores nothing of it (a non-retryable 4xx): the
        // device drops it and sends a new one, which is lost. An attempt the server has applied
        // is never refused so (its retry is answered as before, P4), so it stays.
        const left = await loadAttempt();
        if (left && !(await this.applied(left.request.syncId))) await clearAttempt();
        network = 'lost-request';
      } else network = op.mode;
      await syncNow(clock);
      network = 'ok';
      return;
    }
    if (op.type === 'create') {
      const [title, text] = [this.token(device), this.token(device)];
      const note: ProgressNote = { id: noteId(), date: NOTE_DATE, text, author: device.name };
      const created = await create('measures', draftOf('measures', makeMeasure({ goalIds: [await this.goalOf(device)], title, progressNotes: [note] })));
      if (!created.ok) throw new Error(`creating a measure failed: ${JSON.stringify(created.problems)}`);
      this.ids.push(created.value.id);
      const key = `measures/${created.value.id}`;
      this.edits.push({ token: title, key, path: ['title'], expect: 'value', value: title });
      this.edits.push({ token: text, key, path: ['progressNotes', note.id, 'text'], expect: 'value', value: text });
      return;
    }
    if (op.type === 'carry') {
      const file = await exportChanges(clock);
      const reader = this.devices[op.to % this.devices.length]!;
      if (!file || reader === device) return;
      this.act(reader);
      const read = readChangeFile(file.text);
      if (!read.ok) throw new Error(`the change file does not read: ${read.reason}`);
      await queueChangeFile('aenderungen.json', read.request, clock);
      return;
    }
    if (op.type === 'fix') {
      if (device.last) await this.run({ ...device.last.op, device: op.device });
      return;
    }
    const id = this.ids[op.record % this.ids.length]!;
    const key = `measures/${id}`;
    const record = await device.db.entities('measures').get(id);
    // A person edits only what their device shows: nothing it has not received, nothing deleted.
    if (!record || record.deleted) return;
    const notes = record.progressNotes;
    const picked = notes.length > 0 && 'pick' in op ? notes[op.pick % notes.length]! : undefined;
    const token = this.token(device);
    const saved = async (changes: Partial<Measure>) => {
      const result = await update('measures', id, changes);
      if (!result.ok) throw new Error(`the edit was refused: ${JSON.stringify(result.problems)}`);
    };
    switch (op.type) {
      case 'set':
        this.replaces(record[op.field], token);
        await saved({ [op.field]: token });
        device.last = { record: op.record, op };
        this.edits.push({ token, key, path: [op.field], expect: 'value', value: token });
        return;
      case 'addNote': {
        const note: ProgressNote = { id: noteId(), date: NOTE_DATE, text: token, author: device.name };
        await saved({ progressNotes: [...notes, note] });
        device.last = { record: op.record, op: { type: 'editNote', device: op.device, record: op.record, pick: notes.length } };
        this.edits.push({ token, key, path: ['progressNotes', note.id, 'text'], expect: 'value', value: token });
        return;
      }
      case 'editNote':
        if (!picked) return;
        this.replaces(picked.text, token);
        await saved({ progressNotes: notes.map((n) => (n === picked ? { ...n, text: token } : n)) });
        device.last = { record: op.record, op: { ...op, pick: notes.indexOf(picked) } };
        this.edits.push({ token, key, path: ['progressNotes', picked.id, 'text'], expect: 'value', value: token });
        return;
      case 'removeNote':
        if (!picked) return;
        this.replaces(picked, token);
        await saved({ progressNotes: notes.filter((n) => n !== picked) });
        this.edits.push({ token, key, path: ['progressNotes', picked.id], expect: 'absent' });
        return;
      case 'moveNote':
        if (!picked || notes.length < 2) return;
        await saved({ progressNotes: [picked, ...notes.filter((n) => n !== picked)] });
        return;
      case 'delete':
        await remove('measures', id);
        this.edits.push({ token, key, path: ['deleted'], expect: 'deleted' });
        return;
    }
  }

  private async applied(syncId: string): Promise<boolean> {
    return (await this.server.store.db.selectFrom('sync_requests').select('sync_id').where('county', '=', this.county).where('sync_id', '=', syncId).executeTakeFirst()) !== undefined;
  }

  private async goalOf(device: Device): Promise<string> {
    const [goal] = await device.db.entities('goals').toArray();
    return goal!.id;
  }

  private async hasWork(device: Device): Promise<boolean> {
    this.act(device);
    const waiting = async (key: string) => ((await readMeta<unknown[]>(key)) ?? []).length > 0;
    return (await countPending()) > 0 || (await loadAttempt()) !== undefined || (await waiting(SYNC_FILES_KEY)) || (await waiting(SYNC_EXPORTED_KEY));
  }

  /** Everyone online until nothing is left to send, then one more round to receive. */
  async settle(): Promise<void> {
    for (let round = 0; round < 10; round += 1) {
      let busy = false;
      for (const device of this.devices) {
        for (let tries = 0; tries < 5 && (await this.hasWork(device)); tries += 1) {
          busy = true;
          await syncNow(clock);
        }
      }
      if (!busy) break;
    }
    for (const device of this.devices) {
      this.act(device);
      await syncNow(clock);
    }
  }

  private async serverMeasures(): Promise<Map<string, JsonObject>> {
    const rows = await this.server.store.db.selectFrom('records').select(['id', 'data']).where('county', '=', this.county).where('kind', '=', 'measures').execute();
    return new Map(rows.map((row) => [row.id, JSON.parse(row.data) as JsonObject]));
  }

  async conflicts(): Promise<SyncConflict[]> {
    return (await this.server.store.db.selectFrom('sync_conflicts').selectAll().where('county', '=', this.county).execute()).map(conflictOf);
  }

  /** Devices that hold something else than the server, or still have work. */
  async divergent(): Promise<string[]> {
    const problems: string[] = [];
    const onServer = await this.serverMeasures();
    for (const device of this.devices) {
      if (await this.hasWork(device)) problems.push(`${device.name} still has unsent work`);
      const held = new Map((await device.db.entities('measures').toArray()).map((record) => [record.id, record as unknown as JsonObject]));
      for (const id of new Set([...held.keys(), ...onServer.keys()])) {
        if (!sameJson(held.get(id), onServer.get(id))) problems.push(`${device.name} measures/${id}: ${JSON.stringify(held.get(id))} ≠ server ${JSON.stringify(onServer.get(id))}`);
      }
    }
    return problems;
  }

  /**
   * Conflicts nobody caused (the words): a losing value must be someone's edit, and
   * never one made after seeing the value that was kept (then the device's base was wrong:
   * its own later edit lost to its earlier one).
   */
  async uncaused(): Promise<string[]> {
    return (await this.conflicts()).flatMap((c) => {
      if (c.reason !== 'both_changed') return [];
      const lost = tokensIn(c.lost);
      if (lost.length === 0) return [`conflict nobody caused: ${JSON.stringify(c)}`];
      const kept = tokensIn(c.kept);
      if (lost.some((token) => kept.some((old) => this.saw.get(token)?.has(old)))) return [`a later edit lost to the value its author replaced: ${JSON.stringify(c)}`];
      // Another device saw the losing value and replaced it: it stood on the server once, so
      // losing now means it was applied a second time.
      const seenElsewhere = lost.some((token) => [...this.saw].some(([by, seen]) => seen.has(token) && by.split(':')[0] !== token.split(':')[0]));
      return seenElsewhere ? [`a value that stood once was applied again and lost: ${JSON.stringify(c)}`] : [];
    });
  }

  /** Edits neither in the server's final state nor in a conflict record nor replaced by someone who saw them. */
  async lost(): Promise<Edit[]> {
    const onServer = await this.serverMeasures();
    const conflicts = await this.conflicts();
    return this.edits.filter((edit) => {
      if (this.superseded.has(edit.token)) return false;
      const record = onServer.get(edit.key.slice('measures/'.length));
      const here = record ? valueAt(record, edit.path) : undefined;
      const inState = edit.expect === 'value' ? sameJson(here, edit.value) : edit.expect === 'absent' ? here === undefined : record?.deleted === true;
      if (inState) return false;
      return !conflicts.some((c) => {
        if (`${c.kind}/${c.recordId}` !== edit.key) return false;
        if (edit.expect === 'value') return JSON.stringify([c.kept, c.lost]).includes(`"${String(edit.value)}"`);
        if (edit.expect === 'absent') return sameJson(c.path, edit.path) && c.lost === undefined;
        return sameJson(c.path, ['deleted']) && c.lost === true;
      });
    });
  }
}
