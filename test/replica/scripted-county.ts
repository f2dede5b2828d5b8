// A stand-in for the county server's sync side in the client's tests, on 127.0.0.1. It keeps
// records by "kind/id" with their revisions and a county revision, takes each change as sent
// (the merge is the server's, tested in test/core/merge and test/server), answers a retried
// syncId with the answer it gave before (P4), and lets a test script what happens to the next
// request: a refusal, an answer lost on the way back, conflicts, or something the person does
// on the device while the request is under way. The engine under test talks to it through the
// app's own fetch code, as it talks to the real server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnyEntity, EntityKind } from '../../src/core/schema';
import { emptyRecords, makeSnapshot } from '../../src/core/snapshot';
import type { ParsedSyncRequest, SyncAnswer, SyncConflict } from '../../src/core/merge/protocol';
import { syncRequest } from '../../src/core/merge/protocol';
import { valueAt, withValueAt } from '../../src/core/merge/paths';
import { entityKinds } from '../../src/core/vocabulary';
import type { Role } from '../../src/replica/server-api';
import { saveConnection } from '../../src/replica/connection';
import { setServerBase } from '../../src/replica/server-api';

type Stored = { kind: EntityKind; record: AnyEntity; countyRevision: number };
type Revision = { revision: number; countyRevision: number; deleted: boolean; updatedBy: string; updatedAt: string; record: AnyEntity };

/** What happens to the next sync request. */
export type Step =
  | { refuse: number; body: Record<string, unknown> }
  | { loseAnswer: true }
  | { conflicts: (request: ParsedSyncRequest) => SyncConflict[] }
  | { meanwhile: () => Promise<void> };

const AT = '2026-03-02T10:00:00.000Z';

export class ScriptedCounty {
  url = '';
  readonly requests: ParsedSyncRequest[] = [];
  readonly records = new Map<string, Stored>();
  revision = 0;
  /** Every revision of every record, for the history screen. */
  readonly history = new Map<string, Revision[]>();
  /** Conflicts for the coordinator's screen; restoring or keeping one closes it. */
  conflicts: SyncConflict[] = [];
  private readonly answers = new Map<string, SyncAnswer>();
  private readonly steps: Step[] = [];
  private server: http.Server | null = null;

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    setServerBase(this.url);
    return this;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The next request meets this step (steps queue up, one per request). */
  next(step: Step): this {
    this.steps.push(step);
    return this;
  }

  /** Stores a record as if someone synced it, with the county's next revision. */
  store(kind: EntityKind, record: AnyEntity, by = 'anna'): AnyEntity {
    const key = `${kind}/${record.id}`;
    const revision = (this.records.get(key)?.record.revision ?? 0) + 1;
    this.revision += 1;
    const stored = { ...record, revision, updatedBy: by, updatedAt: AT };
    this.records.set(key, { kind, record: stored, countyRevision: this.revision });
    const revisions = this.history.get(key) ?? [];
    revisions.push({ revision, countyRevision: this.revision, deleted: stored.deleted, updatedBy: by, updatedAt: AT, record: stored });
    this.history.set(key, revisions);
    return stored;
  }

  storeAll(records: Partial<Record<EntityKind, readonly AnyEntity[]>>): void {
    for (const kind of entityKinds) for (const record of records[kind] ?? []) this.store(kind, record);
  }

  get<T extends AnyEntity>(kind: EntityKind, id: string): T | undefined {
    return this.records.get(`${kind}/${id}`)?.record as T | undefined;
  }

  private changesSince(since: number, sent: Set<string>): SyncAnswer['changes'] {
    const records = emptyRecords();
    for (const [key, { kind, record, countyRevision }] of this.records) {
      if (countyRevision > since || sent.has(key)) (records[kind] as AnyEntity[]).push(record);
    }
    return makeSnapshot(records, AT);
  }

  private async sync(body: unknown): Promise<{ status: number; body: unknown } | 'lose'> {
    const parsed = syncRequest.safeParse(body);
    if (!parsed.success) return { status: 400, body: { error: 'invalid_request', message: parsed.error.message } };
    const request = parsed.data;
    this.requests.push(request);
    const known = this.answers.get(request.syncId);
    if (known) return { status: 200, body: known };
    const step = this.steps.shift();
    if (step && 'refuse' in step) return { status: step.refuse, body: step.body };
    if (step && 'meanwhile' in step) await step.meanwhile();
    const sent = new Set<string>();
    for (const kind of entityKinds) {
      for (const record of request.changes.records[kind]) {
        const stored = this.store(kind, record as AnyEntity, 'device');
        sent.add(`${kind}/${stored.id}`);
      }
    }
    const conflicts = step && 'conflicts' in step ? step.conflicts(request) : [];
    const answer: SyncAnswer = { revision: this.revision, changes: this.changesSince(request.since, sent), conflicts };
    this.answers.set(request.syncId, answer);
    return step && 'loseAnswer' in step ? 'lose' : { status: 200, body: answer };
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const url = new URL(request.url ?? '/', this.url);
    const [, api, what, kind, id, action] = url.pathname.split('/');
    if (api !== 'api') return void send(404, { error: 'not_found', message: 'no such route' });
    if (request.method === 'POST' && what === 'sync') {
      const reply = await this.sync(JSON.parse(text));
      // The request was stored, but the answer never reaches the device (network dropped).
      if (reply === 'lose') return void response.socket?.destroy();
      return void send(reply.status, reply.body);
    }
    if (request.method === 'GET' && what === 'records' && kind && !id) {
      const records = [...this.records.values()].filter((stored) => stored.kind === kind && !stored.record.deleted).map((stored) => stored.record);
      return void send(200, { records, countyRevision: this.revision });
    }
    if (request.method === 'GET' && what === 'records' && kind && id && !action) {
      const stored = this.records.get(`${kind}/${id}`);
      return void (stored ? send(200, { record: stored.record, countyRevision: this.revision }) : send(404, { error: 'not_found', message: 'not found' }));
    }
    if (request.method === 'GET' && what === 'records' && kind && id && action === 'history') {
      return void send(200, { revisions: this.history.get(`${kind}/${id}`) ?? [] });
    }
    if (request.method === 'POST' && what === 'records' && kind && id && action === 'restore') {
      const { revision, path = [] } = JSON.parse(text) as { revision: number; path?: string[] };
      const key = `${kind}/${id}`;
      const earlier = this.history.get(key)?.find((r) => r.revision === revision);
      const current = this.records.get(key);
      if (!earlier || !current) return void send(404, { error: 'not_found', message: 'not found' });
      const restored = this.store(current.kind, withValueAt(current.record, path, valueAt(earlier.record, path)) as AnyEntity, 'anna');
      return void send(200, { record: restored, countyRevision: this.revision });
    }
    if (request.method === 'GET' && what === 'conflicts') {
      const open = this.conflicts.filter((c) => c.status === 'open');
      return void send(200, { conflicts: open, open: open.length });
    }
    if (request.method === 'POST' && what === 'conflicts' && kind && id === 'resolve') {
      const conflict = this.conflicts.find((c) => c.id === kind);
      if (!conflict) return void send(404, { error: 'not_found', message: 'not found' });
      const { action } = JSON.parse(text) as { action: 'restore' | 'dismiss' };
      if (action === 'restore') {
        const current = this.records.get(`${conflict.kind}/${conflict.recordId}`)!;
        this.store(conflict.kind, withValueAt(current.record, conflict.path, conflict.lost) as AnyEntity, 'anna');
      }
      conflict.status = action === 'restore' ? 'restored' : 'dismissed';
      return void send(200, { conflict, record: null, countyRevision: this.revision });
    }
    send(404, { error: 'not_found', message: 'no such route' });
  }
}

/** This device logged in as `name` with `role`, its token valid for a year. */
export function logInAs(name: string, role: Role): Promise<void> {
  const expiresAt = new Date(Date.now() + 365 * 86_400_000).toISOString();
  return saveConnection('boerde', name, { token: `token-${name}`, role, expiresAt });
}
