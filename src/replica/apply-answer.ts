// Applying a sync answer to this device without freezing the screen. The answer to a first
// sync holds a whole county (10,000 records and more): its records are checked against their
// schemas and stored a slice at a time, and between slices the browser gets to paint and
// react to taps. Each slice is one transaction of applyIncoming; a tab closed halfway leaves
// the attempt in the database, and its retry (same syncId, same answer) stores the rest.
import type { SyncAnswer } from '../core/merge/protocol';
import type { AnyEntity, EntityKind } from '../core/schema';
import { SCHEMA_VERSION } from '../core/schema';
import type { SnapshotRecords } from '../core/snapshot';
import { emptyRecords } from '../core/snapshot';
import { validateEntity } from '../core/validation';
import { entityKinds } from '../core/vocabulary';
import type { OutboxEntry } from '../db/outbox';
import { applyIncoming, outboxKey } from '../db/outbox';
import type { SyncProblem } from './sync-keys';

/** Records per slice: small enough that one slice's work stays well under a frame budget of 50 ms on a tablet. */
export const SLICE = 250;

/** Ends a sync with a problem the status shows; the attempt stays for a retry. */
export class SyncStop extends Error {
  constructor(readonly problem: SyncProblem) {
    super(problem);
  }
}

/** Lets the browser paint and handle input before the next slice. */
export const yieldToScreen = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type CheckedItem = { kind: EntityKind; record: AnyEntity };
type Item = CheckedItem;

/** The answer's records, each checked against its kind's schema, a slice at a time. */
export async function checkedRecords(answer: SyncAnswer): Promise<Item[]> {
  if (answer.changes.schemaVersion > SCHEMA_VERSION) throw new SyncStop('update_required');
  const items: Item[] = [];
  let done = 0;
  for (const kind of entityKinds) {
    for (const raw of answer.changes.records[kind] ?? []) {
      const checked = validateEntity(kind, raw);
      if (!checked.ok) throw new SyncStop('invalid_answer');
      items.push({ kind, record: checked.value });
      if (++done % SLICE === 0) await yieldToScreen();
    }
  }
  return items;
}

/** The slice's records in the per-kind shape applyIncoming takes. */
function asRecords(items: readonly Item[]): SnapshotRecords {
  const records = emptyRecords();
  for (const { kind, record } of items) (records[kind] as AnyEntity[]).push(record);
  return records;
}

/**
 * Stores the server's records slice by slice through the outbox's applyIncoming, so a record
 * edited here meanwhile keeps its edit. Each slice clears the sent entries of its own records;
 * the last one also those the answer did not carry.
 */
export async function applyInSlices(items: readonly Item[], sent: readonly OutboxEntry[], waiting: ReadonlySet<string> = new Set(), onProgress?: (done: number) => void): Promise<void> {
  const revisions = new Map(items.map(({ kind, record }) => [outboxKey(kind, record.id), record.revision]));
  const sentByKey = new Map(sent.map((entry) => [entry.key, entry]));
  for (let start = 0; start === 0 || start < items.length; start += SLICE) {
    const slice = items.slice(start, start + SLICE);
    const last = start + SLICE >= items.length;
    const keys = slice.map(({ kind, record }) => outboxKey(kind, record.id));
    const sentHere = keys.flatMap((key) => {
      const entry = sentByKey.get(key);
      sentByKey.delete(key);
      return entry ? [entry] : [];
    });
    if (last) sentHere.push(...sentByKey.values());
    await applyIncoming(asRecords(slice), sentHere, revisions, undefined, waiting);
    onProgress?.(Math.min(start + SLICE, items.length));
    if (!last) await yieldToScreen();
  }
}
