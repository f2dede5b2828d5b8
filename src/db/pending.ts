// Which outbox entries wait for the server (SPEC C1). Besides local changes, the outbox holds
// the example's records as *starts* (src/db/example.ts): the version a change to them will
// start from, which no server revision names on this device. A start whose record is still as
// loaded carries no change: it is not sent, not counted, and the server's version replaces it.
// Kept free of the schemas, so the header can count on the first load.
import { db } from './database';
import type { OutboxEntry } from './write';
import { OUTBOX_TABLE } from './write';

/** An entry for a record the device took from the example, not from a server: its base is a start. */
export function isStart(entry: OutboxEntry): boolean {
  return entry.baseRevision === null && entry.base !== null;
}

/**
 * Whether the entry holds a change for the server. Every local write counts the record's
 * revision up (the example's records are loaded at their own revision), so a start whose local
 * revision is still its start's was never edited here.
 */
export function carriesChange(entry: OutboxEntry): boolean {
  return !isStart(entry) || entry.localRevision !== entry.base!.revision;
}

/** How many local changes wait for the server. */
export function countPending(): Promise<number> {
  return db()
    .table(OUTBOX_TABLE)
    .filter((entry: OutboxEntry) => carriesChange(entry))
    .count();
}
