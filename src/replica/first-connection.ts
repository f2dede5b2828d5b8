// The first sync of a device decides what its data becomes (issue 13, "First connection"):
// - a county with data and a device holding only the example (or nothing of its own): the
//   device takes the county's data;
// - an empty county: its coordinator may upload the device's concept as the county's start
//   (the person is asked); anyone else waits until that has happened;
// - a county with data and a device with its own unsynced work: the person chooses to merge
//   it like any sync, or to save it to a file first and then take the county's data.
// Nothing of the person's is discarded without that choice.
import type { Connection } from './connection';
import { db } from '../db/database';
import { EXAMPLE_LOADED_KEY } from '../db/example';
import { pendingCount, syncState } from '../db/outbox';
import { LAST_CHANGE_KEY } from '../db/storage-status';
import { serverRequest } from './server-api';
import type { FirstConnection } from './sync-keys';
import { FIRST_CONNECTION_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

/** What the sync does next: its usual work, the person's choice, or nothing until they choose. */
export type FirstStep = 'sync' | 'upload' | 'take' | 'wait';

/** Whether the device holds the example as it was loaded, and nothing a person wrote. */
export async function holdsOnlyExample(): Promise<boolean> {
  const loadedAt = await readMeta<string>(EXAMPLE_LOADED_KEY);
  if (!loadedAt) return (await db().entities('concepts').count()) === 0;
  const changedAt = await readMeta<string>(LAST_CHANGE_KEY);
  if (changedAt && changedAt > loadedAt) return false;
  const concepts = await db().entities('concepts').toArray();
  return concepts.every((concept) => concept.provenance?.example === true);
}

/** The county's revision: 0 while nothing was ever stored there. */
async function countyRevision(token: string): Promise<number> {
  const answer = await serverRequest<{ countyRevision: number }>('GET', '/api/records/concepts', { token });
  return answer.countyRevision;
}

export async function firstConnectionStep(connection: Connection): Promise<FirstStep> {
  const first = await readMeta<FirstConnection | null>(FIRST_CONNECTION_KEY);
  if (first?.state === 'done' || (!first && (await syncState()).since > 0)) return 'sync';
  if (first?.state === 'upload' || first?.state === 'take') return first.state;
  if (first?.state === 'merge') return 'sync';
  // Not decided yet: look again each time, the county may have been started meanwhile.
  const county = await countyRevision(connection.token);
  let next: FirstConnection;
  if (county === 0) next = connection.role === 'coordinator' ? { state: 'ask_upload' } : { state: 'county_empty' };
  else if ((await holdsOnlyExample()) || (await pendingCount()) === 0) return 'take';
  else next = { state: 'ask_merge', pending: await pendingCount() };
  await writeMeta(FIRST_CONNECTION_KEY, next);
  return 'wait';
}

/** The person's answer to the first connection's question; the next sync carries it out. */
export function chooseFirstConnection(choice: 'upload' | 'merge' | 'take'): Promise<void> {
  return writeMeta(FIRST_CONNECTION_KEY, { state: choice } satisfies FirstConnection);
}

export function firstConnectionDone(): Promise<void> {
  return writeMeta(FIRST_CONNECTION_KEY, { state: 'done' } satisfies FirstConnection);
}
