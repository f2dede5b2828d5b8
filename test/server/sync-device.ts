// A device as the sync route sees it: it sends its changed records with the revisions they were
// based on and the county revision it last received, and keeps what the answer brings.
import { randomUUID } from 'node:crypto';
import type { EntityKind } from '../../src/core/schema';
import { entityKinds, SCHEMA_VERSION } from '../../src/core/schema';
import { SNAPSHOT_FORMAT } from '../../src/core/snapshot';
import type { SyncAnswer, SyncRequest } from '../../src/core/merge/protocol';
import type { County } from './county-records';
import { countyRecords, writeOrder } from './county-records';
import type { TestServer } from './harness';
import { anna, ben, seed, startServer, tokenFor } from './harness';
import type { Answer } from './http';
import { call } from './http';

export type Rec = Record<string, unknown> & { id: string };
export type Sent = { kind: EntityKind; record: Rec; base?: number };

export function changeSet(changes: Sent[], schemaVersion = SCHEMA_VERSION): SyncRequest['changes'] {
  const records = Object.fromEntries(entityKinds.map((kind) => [kind, [] as Rec[]])) as Record<EntityKind, Rec[]>;
  for (const { kind, record } of changes) records[kind].push(record);
  return { format: SNAPSHOT_FORMAT, schemaVersion, exportedAt: '2026-03-01T10:00:00.000Z', records };
}

export function syncBody(since: number, changes: Sent[], options: { syncId?: string; schemaVersion?: number } = {}): SyncRequest {
  const base: Record<string, number> = {};
  for (const { kind, record, base: revision } of changes) if (revision !== undefined) base[`${kind}/${record.id}`] = revision;
  return { syncId: options.syncId ?? randomUUID(), since, base, changes: changeSet(changes, options.schemaVersion) };
}

export function postSync(url: string, token: string, body: unknown): Promise<Answer<SyncAnswer & { error?: string; message?: string } & Record<string, unknown>>> {
  return call(`${url}/api/sync`, { token, body });
}

/** The records of an answer as "kind/id" → record. */
export function byKey(answer: SyncAnswer): Map<string, Rec> {
  const found = new Map<string, Rec>();
  for (const kind of entityKinds) for (const record of answer.changes.records[kind] ?? []) found.set(`${kind}/${String(record.id)}`, record as Rec);
  return found;
}

/** A device with its own copy of the county and what it received last. */
export class Device {
  since = 0;
  readonly records = new Map<string, Rec>();

  constructor(readonly url: string, readonly token: string) {}

  /** Sends the changes and takes in the answer; the raw answer is returned for the test to read. */
  async sync(changes: Sent[] = [], syncId?: string) {
    const answer = await postSync(this.url, this.token, syncBody(this.since, changes, { syncId }));
    if (answer.status === 200) {
      for (const [key, record] of byKey(answer.body)) this.records.set(key, record);
      this.since = answer.body.revision;
    }
    return answer;
  }

  get(kind: EntityKind, id: string): Rec {
    const record = this.records.get(`${kind}/${id}`);
    if (!record) throw new Error(`the device has no ${kind}/${id}`);
    return record;
  }

  /** An edit of a received record, based on the revision the device holds. */
  edit(kind: EntityKind, id: string, fields: Record<string, unknown>): Sent {
    const record = this.get(kind, id);
    return { kind, record: { ...record, ...fields }, base: record.revision as number };
  }
}

export type StartedCounty = { server: TestServer; annaToken: string; benToken: string; county: County; office: Device };

/** A server whose county started from the coordinator's first sync of the test county (anna's office device). */
export async function startedCounty(): Promise<StartedCounty> {
  const server = await startServer();
  await seed(server, [anna, ben]);
  const [annaToken, benToken] = [await tokenFor(server, anna), await tokenFor(server, ben)];
  const county = countyRecords();
  const office = new Device(server.url, annaToken);
  const first = await office.sync(writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record }))));
  if (first.status !== 200) throw new Error(`the county's first sync failed: ${first.status} ${JSON.stringify(first.body)}`);
  return { server, annaToken, benToken, county, office };
}
