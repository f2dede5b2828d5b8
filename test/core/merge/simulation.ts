// A small world for the merge's property tests: one server and several devices that follow the
// rules of SPEC.md (P1–P7, P12 on the server; C1–C4 on the devices), in memory, with the core's
// mergeRecord doing every merge. Requests and answers can be lost on the way; a device then
// retries with the same syncId (C4) or, sometimes, gives the attempt up and starts a new one.
//
// Every edit writes a unique token ("d1:17"), so afterwards each edit can be looked for: in the
// final state, in a conflict record, or overwritten by a person who had seen it (superseded).
import type { JsonObject } from '../../../src/core/merge/json';
import { isIdList, sameJson } from '../../../src/core/merge/json';
import type { Finding } from '../../../src/core/merge/merge';
import { mergeRecord } from '../../../src/core/merge/merge';
import { valueAt } from '../../../src/core/merge/paths';

export type Field = 'title' | 'status' | 'info.a' | 'info.b' | 'tags';
export type Mode = 'ok' | 'lost-request' | 'lost-answer' | 'abandon';

export type Op =
  | { type: 'set'; device: number; record: number; field: Field }
  | { type: 'addNote'; device: number; record: number }
  | { type: 'editNote'; device: number; record: number; pick: number }
  | { type: 'removeNote'; device: number; record: number; pick: number }
  | { type: 'moveNote'; device: number; record: number; pick: number }
  | { type: 'delete'; device: number; record: number }
  | { type: 'undelete'; device: number; record: number }
  | { type: 'create'; device: number; record: number }
  | { type: 'sync'; device: number; mode: Mode };

type Conflict = Finding & { key: string };

const replacer = (_key: string, value: unknown) => (value instanceof Map ? [...value.entries()] : value);

type Request = { syncId: string; since: number; base: Record<string, number>; changes: Map<string, JsonObject>; conflicts: Conflict[] };
type Answer = { revision: number; changes: Map<string, JsonObject>; conflicts: Conflict[] };

/** The server of the protocol, as src/server/replication does it, with memory instead of tables. */
export class ModelServer {
  revision = 0;
  readonly current = new Map<string, JsonObject>();
  /** Every revision of every record, in county order: the history table. */
  readonly history: { key: string; countyRevision: number; record: JsonObject }[] = [];
  readonly conflicts: Conflict[] = [];
  private readonly syncs = new Map<string, { since: number; revision: number; sent: string[]; conflicts: Conflict[] }>();
  /** The first answer to each syncId, to hold every retry's answer against (P4). */
  private readonly answered = new Map<string, string>();

  private revisionOf(key: string, revision: number): JsonObject | undefined {
    return this.history.find((h) => h.key === key && h.record.revision === revision)?.record;
  }

  private write(key: string, record: JsonObject, by: string): void {
    this.revision += 1;
    const previous = this.current.get(key);
    const stored = { ...record, revision: ((previous?.revision as number | undefined) ?? 0) + 1, updatedBy: by };
    this.current.set(key, stored);
    this.history.push({ key, countyRevision: this.revision, record: stored });
  }

  /** The answer of an earlier request, from the history as it stood at its revision (P4). */
  private replay(sync: { since: number; revision: number; sent: string[]; conflicts: Conflict[] }): Answer {
    const latest = new Map<string, { countyRevision: number; record: JsonObject }>();
    for (const h of this.history) if (h.countyRevision <= sync.revision) latest.set(h.key, h);
    const changes = new Map<string, JsonObject>();
    for (const [key, h] of latest) if (h.countyRevision > sync.since || sync.sent.includes(key)) changes.set(key, h.record);
    return { revision: sync.revision, changes, conflicts: sync.conflicts };
  }

  sync(request: Request, by: string): Answer {
    const known = this.syncs.get(request.syncId);
    if (known) {
      const revision = this.revision;
      const again = this.replay(known);
      if (JSON.stringify(again, replacer) !== this.answered.get(request.syncId)) throw new Error(`P4: the retry of ${request.syncId} got another answer`);
      if (this.revision !== revision) throw new Error(`P4: the retry of ${request.syncId} wrote again`);
      return again;
    }
    const conflicts: Conflict[] = [];
    for (const [key, theirs] of request.changes) {
      const ours = this.current.get(key);
      const baseRevision = request.base[key];
      // P5: without a base, a record the server holds merges without one (M11).
      const base = baseRevision !== undefined ? this.revisionOf(key, baseRevision) : undefined;
      const merged = mergeRecord(base, ours, theirs);
      if (merged.changed) this.write(key, merged.record, by);
      conflicts.push(...merged.conflicts.map((c) => ({ ...c, key })));
    }
    conflicts.push(...request.conflicts);
    this.conflicts.push(...conflicts);
    const sync = { since: request.since, revision: this.revision, sent: [...request.changes.keys()], conflicts };
    const answer = this.replay(sync);
    if (request.changes.size > 0 || request.conflicts.length > 0) {
      this.syncs.set(request.syncId, sync);
      this.answered.set(request.syncId, JSON.stringify(answer, replacer));
    }
    return answer;
  }
}

type Entry = { baseRevision: number | null; start: JsonObject | undefined; edits: number };
type Attempt = { request: Request; sent: Map<string, number> };

export type Edit = { token: string; key: string; path: string[]; expect: 'value' | 'absent' | 'deleted' | 'live'; value?: unknown };

/** A device: its records, its outbox (C1), conflicts its own merges found (C3), an attempt waiting for an answer (C4). */
export class ModelDevice {
  readonly records = new Map<string, JsonObject>();
  readonly outbox = new Map<string, Entry>();
  since = 0;
  private found: Conflict[] = [];
  private attempt: Attempt | null = null;
  private attempts = 0;

  constructor(readonly name: string) {}

  /** Changes the local record; the outbox remembers what the change started from (C1). */
  change(key: string, next: JsonObject): void {
    const current = this.records.get(key);
    const entry = this.outbox.get(key) ?? { baseRevision: current ? (current.revision as number) : null, start: current, edits: 0 };
    entry.edits += 1;
    this.outbox.set(key, entry);
    this.records.set(key, next);
  }

  hasWork(): boolean {
    return this.outbox.size > 0 || this.found.length > 0 || this.attempt !== null;
  }

  private newAttempt(): Attempt {
    this.attempts += 1;
    const changes = new Map<string, JsonObject>();
    const base: Record<string, number> = {};
    const sent = new Map<string, number>();
    for (const [key, entry] of this.outbox) {
      changes.set(key, this.records.get(key)!);
      if (entry.baseRevision !== null) base[key] = entry.baseRevision;
      sent.set(key, entry.edits);
    }
    return { request: { syncId: `${this.name}/${this.attempts}`, since: this.since, base, changes, conflicts: [...this.found] }, sent };
  }

  /** One sync; `mode` says what the network does with it. Returns the answer when one arrived. */
  sync(server: ModelServer, mode: Mode): { answer: Answer; retried: boolean } | null {
    if (mode === 'abandon') this.attempt = null;
    const retried = this.attempt !== null;
    // C4: an attempt without an answer goes again, unchanged, with its syncId.
    const attempt = this.attempt ?? this.newAttempt();
    this.attempt = attempt;
    if (mode === 'lost-request' || mode === 'abandon') return null;
    const answer = server.sync(attempt.request, this.name);
    if (mode === 'lost-answer') return null;
    this.apply(attempt, answer);
    return { answer, retried };
  }

  private apply(attempt: Attempt, answer: Answer): void {
    for (const [key, incoming] of answer.changes) {
      const entry = this.outbox.get(key);
      const sentEdits = attempt.sent.get(key);
      if (!entry || sentEdits === entry.edits) {
        // C2: nothing local, or the change sent is settled.
        this.records.set(key, incoming);
        this.outbox.delete(key);
        continue;
      }
      // C3: fold the server's version into the local change made since.
      const start = sentEdits !== undefined ? attempt.request.changes.get(key) : entry.start;
      const folded = mergeRecord(start, incoming, this.records.get(key)!);
      this.records.set(key, folded.record);
      this.found.push(...folded.conflicts.map((c) => ({ ...c, key })));
      this.outbox.set(key, { baseRevision: incoming.revision as number, start: incoming, edits: entry.edits });
    }
    this.found = this.found.filter((c) => !attempt.request.conflicts.includes(c));
    this.since = answer.revision;
    this.attempt = null;
  }
}

export const keyOf = (record: number) => `measures/r${record}`;

function note(id: string, text: string): JsonObject {
  return { id, text };
}

export function freshRecord(key: string, title: string, noteText: string, by: string): JsonObject {
  return {
    id: key.slice(key.indexOf('/') + 1), createdAt: 't0', updatedAt: 't0', updatedBy: by, revision: 1, deleted: false,
    title, status: 'planned', info: { a: '', b: '' }, tags: [], notes: [note(`n-${noteText}`, noteText)],
  };
}

const fieldPath = (field: Field): string[] => field.split('.');

function setAt(record: JsonObject, path: string[], value: unknown): JsonObject {
  if (path.length === 1) return { ...record, [path[0]!]: value };
  return { ...record, [path[0]!]: setAt((record[path[0]!] ?? {}) as JsonObject, path.slice(1), value) };
}

/** Runs a history and then lets every device sync until all is settled. */
export class World {
  readonly server = new ModelServer();
  readonly devices: ModelDevice[];
  readonly edits: Edit[] = [];
  /** Tokens a person overwrote or removed after seeing them: replaced, not lost. */
  readonly superseded = new Set<string>();
  readonly replies: string[] = [];
  private count = 0;

  constructor(devices: number, records: number) {
    this.devices = Array.from({ length: devices }, (_, i) => new ModelDevice(`d${i}`));
    // The coordinator's first upload (P13), received by every device.
    const first = this.devices[0]!;
    for (let r = 0; r < records; r += 1) this.create(first, keyOf(r));
    first.sync(this.server, 'ok');
    for (const device of this.devices.slice(1)) device.sync(this.server, 'ok');
  }

  private token(device: ModelDevice): string {
    this.count += 1;
    return `${device.name}:${this.count}`;
  }

  /** The person saw this value and replaced it: the edits it holds are replaced, not lost. */
  private replaces(value: unknown): void {
    const text = JSON.stringify(value ?? null);
    for (const match of text.matchAll(/"(d\d+:\d+)"/g)) this.superseded.add(match[1]!);
  }

  private create(device: ModelDevice, key: string): void {
    const [title, text] = [this.token(device), this.token(device)];
    device.change(key, freshRecord(key, title, text, device.name));
    this.edits.push({ token: title, key, path: ['title'], expect: 'value', value: title });
    this.edits.push({ token: text, key, path: ['notes', `n-${text}`, 'text'], expect: 'value', value: text });
  }

  run(op: Op): void {
    const device = this.devices[op.device % this.devices.length]!;
    if (op.type === 'sync') {
      device.sync(this.server, op.mode);
      return;
    }
    const key = keyOf(op.record);
    const record = device.records.get(key);
    if (op.type === 'create') {
      if (!record) this.create(device, key);
      return;
    }
    if (!record) return;
    const token = this.token(device);
    const notes = isIdList(record.notes) ? record.notes : [];
    const picked = notes.length > 0 && 'pick' in op ? notes[op.pick % notes.length]! : undefined;
    switch (op.type) {
      case 'set': {
        const path = fieldPath(op.field);
        const value = op.field === 'tags' ? [token] : token;
        this.replaces(valueAt(record, path));
        device.change(key, setAt(record, path, value));
        this.edits.push({ token, key, path, expect: 'value', value });
        return;
      }
      case 'addNote': {
        const id = `n-${token}`;
        device.change(key, { ...record, notes: [...notes, note(id, token)] });
        this.edits.push({ token, key, path: ['notes', id, 'text'], expect: 'value', value: token });
        return;
      }
      case 'editNote': {
        if (!picked) return;
        this.replaces(picked.text);
        device.change(key, { ...record, notes: notes.map((n) => (n === picked ? { ...n, text: token } : n)) });
        this.edits.push({ token, key, path: ['notes', picked.id as string, 'text'], expect: 'value', value: token });
        return;
      }
      case 'removeNote': {
        if (!picked) return;
        this.replaces(picked);
        device.change(key, { ...record, notes: notes.filter((n) => n !== picked) });
        this.edits.push({ token, key, path: ['notes', picked.id as string], expect: 'absent' });
        return;
      }
      case 'moveNote': {
        if (!picked || notes.length < 2) return;
        device.change(key, { ...record, notes: [picked, ...notes.filter((n) => n !== picked)] });
        return;
      }
      case 'delete': {
        if (record.deleted === true) return;
        // Who deleted travels with the tombstone, so an undelete can say which deletion it saw.
        device.change(key, { ...record, deleted: true, deletedBy: token });
        this.edits.push({ token, key, path: ['deleted'], expect: 'deleted' });
        return;
      }
      case 'undelete': {
        if (record.deleted !== true) return;
        this.replaces(record.deletedBy);
        device.change(key, { ...record, deleted: false });
        this.edits.push({ token, key, path: ['deleted'], expect: 'live' });
        return;
      }
    }
  }

  /** Everyone online until nothing is left to send, then one more round to receive. */
  settle(): void {
    for (let round = 0; round < 20 && this.devices.some((d) => d.hasWork()); round += 1) {
      for (const device of this.devices) while (device.hasWork()) device.sync(this.server, 'ok');
    }
    for (const device of this.devices) device.sync(this.server, 'ok');
  }

  /** Devices that hold something else than the server. */
  divergent(): string[] {
    const problems: string[] = [];
    for (const device of this.devices) {
      if (device.hasWork()) problems.push(`${device.name} still has unsent work`);
      const keys = new Set([...device.records.keys(), ...this.server.current.keys()]);
      for (const key of keys) {
        if (!sameJson(device.records.get(key), this.server.current.get(key))) {
          problems.push(`${device.name} ${key}: ${JSON.stringify(device.records.get(key))} ≠ server ${JSON.stringify(this.server.current.get(key))}`);
        }
      }
    }
    return problems;
  }

  /** Edits neither in the final state nor in a conflict record nor replaced by someone who saw them. */
  lost(): Edit[] {
    return this.edits.filter((edit) => {
      if (this.superseded.has(edit.token)) return false;
      const record = this.server.current.get(edit.key);
      const here = record ? valueAt(record, edit.path) : undefined;
      const inState =
        edit.expect === 'value' ? sameJson(here, edit.value)
          : edit.expect === 'absent' ? here === undefined
            : edit.expect === 'deleted' ? record?.deleted === true
              : record?.deleted === false;
      if (inState) return false;
      return !this.server.conflicts.some((c) => {
        if (c.key !== edit.key) return false;
        if (edit.expect === 'value') return JSON.stringify([c.kept, c.lost]).includes(`"${String(edit.value instanceof Array ? edit.value[0] : edit.value)}"`);
        if (edit.expect === 'absent') return sameJson(c.path, edit.path) && c.lost === undefined;
        return sameJson(c.path, ['deleted']) && c.lost === (edit.expect === 'deleted');
      });
    });
  }
}
