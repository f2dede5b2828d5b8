// The example concept: loaded once on a device's first start, and on request from the
// settings, from the file the build wrote (src/example/example-file.ts); a device that
// already has data never downloads it.
// The check and the write share one transaction, so two tabs starting at the same moment
// load the example once, and an edit made in between is never overwritten.
// The example's ids are the same on every device, and a county starts from its coordinator's
// upload of it: its records are noted as starts (src/db/pending.ts), the version an edit here
// started from, so a device that never connected sends only what a person changed on it.
import type { Snapshot, SnapshotRecords } from '../core/snapshot';
import { entityKinds } from '../core/vocabulary';
import { EXAMPLE_SNAPSHOT_FILE } from '../example/example-file';
import { recordContext } from './context';
import { db } from './database';
import { noteStarts } from './outbox';
import { replaceAll } from './replace-all';
import { fullWriteScope, setMeta, setMetas } from './write';

export { INITIALIZED_KEY } from './meta-keys';
import { INITIALIZED_KEY } from './meta-keys';
export const EXAMPLE_LOADED_KEY = 'exampleLoadedAt';

export class ExampleInvalid extends Error {
  readonly reason = 'example_invalid';
}

/** Where the example comes from: the file the build wrote, or, in tests, the builder itself. */
export type ExampleSource = () => Promise<Snapshot>;

async function fetchBuiltExample(): Promise<Snapshot> {
  const response = await fetch(`${import.meta.env.BASE_URL}${EXAMPLE_SNAPSHOT_FILE}`);
  if (!response.ok) throw new ExampleInvalid(`The example file answered ${response.status}`);
  return (await response.json()) as Snapshot;
}

let exampleSource: ExampleSource = fetchBuiltExample;

export function setExampleSource(source: ExampleSource): void {
  exampleSource = source;
}

/** The example's records; the build checked them like any imported snapshot. */
async function exampleRecords(): Promise<SnapshotRecords> {
  const { records } = await exampleSource();
  const missing = entityKinds.filter((kind) => !Array.isArray(records[kind]));
  if (missing.length > 0) throw new ExampleInvalid(`The example file lacks ${missing.join(', ')}`);
  return records;
}

async function isFirstStart(): Promise<boolean> {
  const database = db();
  if ((await database.meta.get(INITIALIZED_KEY))?.value) return false;
  return (await database.entities('concepts').count()) === 0;
}

// Not judged by the rulebook: the example was checked as a snapshot when the app was built, and a connected device takes the county's data instead of sending it (P13).
/** Writes the records and the bookkeeping; `onlyIfFirst` re-checks inside the transaction. */
async function store(records: SnapshotRecords, now: string, onlyIfFirst: boolean): Promise<boolean> {
  return db().transaction('rw', fullWriteScope(), async () => {
    if (onlyIfFirst && !(await isFirstStart())) return false;
    await replaceAll(records);
    // The example is the county's start, not this device's work: its records wait in the
    // outbox as starts, so only what a person edits here is ever sent (SPEC C1, P14).
    await noteStarts(records);
    await setMetas([
      { key: INITIALIZED_KEY, value: true },
      { key: EXAMPLE_LOADED_KEY, value: now },
    ]);
    return true;
  });
}

/**
 * On a device's first start, fills the database with the example concept. Returns whether
 * it did; a database that already holds a concept is only marked as initialized.
 */
export async function ensureExampleLoaded(): Promise<boolean> {
  const database = db();
  if ((await database.meta.get(INITIALIZED_KEY))?.value) return false;
  if ((await database.entities('concepts').count()) > 0) {
    // Data from before the meta table existed: it is the person's, not ours to replace.
    await setMeta(INITIALIZED_KEY, true);
    return false;
  }
  const now = recordContext().now();
  return store(await exampleRecords(), now, true);
}

/** Replaces everything stored with a fresh copy of the example (settings keep their meta). */
export async function resetToExample(): Promise<void> {
  const now = recordContext().now();
  await store(await exampleRecords(), now, false);
}
