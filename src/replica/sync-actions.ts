// What the person decides on the sync screen: a refused change undone or kept as a file, a
// notice about a lost value read, and the first connection's question answered.
import type { AnyEntity } from '../core/schema';
import { applyIncoming, pendingChanges } from '../db/outbox';
import type { Clock } from './build-attempt';
import type { ChangeFile } from './change-file';
import { exportOneChange } from './change-file';
import type { Connection } from './connection';
import { CONNECTION_KEY, isLive } from './connection';
import { ServerError, serverRequest } from './server-api';
import type { LostValue, RefusedChange } from './sync-keys';
import { SYNC_LOST_KEY, SYNC_REFUSED_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

export { chooseFirstConnection } from './first-connection';

async function refusedList(): Promise<RefusedChange[]> {
  return (await readMeta<RefusedChange[]>(SYNC_REFUSED_KEY)) ?? [];
}

async function forget(key: string): Promise<void> {
  await writeMeta(SYNC_REFUSED_KEY, (await refusedList()).filter((refused) => refused.key !== key));
}

/** The server's version of a record; null when it has none (new on this device, or deleted there). */
async function serverVersion(connection: Connection, kind: string, id: string): Promise<AnyEntity | null> {
  try {
    return (await serverRequest<{ record: AnyEntity }>('GET', `/api/records/${kind}/${id}`, { token: connection.token })).record;
  } catch (error) {
    if (error instanceof ServerError && error.status === 404) return null;
    throw error;
  }
}

export type UndoResult = 'done' | 'needs_connection';

/**
 * Undoes a refused change on this device: the server's version comes back (or, for a record
 * the server does not have, the record is deleted here), and its outbox entry goes. A change
 * that came in a change file was never applied here; only its notice goes.
 * Throws the ServerError when the server cannot be asked (offline, login expired).
 */
export async function undoRefused(key: string, clock: Clock): Promise<UndoResult> {
  const refused = (await refusedList()).find((r) => r.key === key);
  if (!refused) return 'done';
  if (!refused.fromFile) {
    const connection = (await readMeta<Connection | null>(CONNECTION_KEY)) ?? null;
    if (!connection || !isLive(connection, clock.now())) return 'needs_connection';
    const restored = await serverVersion(connection, refused.kind, refused.id);
    const entry = (await pendingChanges()).entries.find((e) => e.key === key);
    if (entry) {
      const version = restored ?? { ...entry.record, deleted: true };
      await applyIncoming({ [entry.kind]: [version] }, [entry], { [key]: version.revision });
    }
  }
  await forget(key);
  return 'done';
}

/** The refused change as a change file (for the coordinator, say), then undone here. */
export async function keepRefusedAsFile(key: string, clock: Clock): Promise<{ file: ChangeFile; undo: UndoResult } | null> {
  const refused = (await refusedList()).find((r) => r.key === key);
  if (!refused) return null;
  let file: ChangeFile;
  if (refused.fromFile) {
    const { record, baseRevision, start } = refused.fromFile;
    file = await exportOneChange(clock, refused.kind, record, { baseRevision, base: (start ?? null) as AnyEntity | null });
  } else {
    const entry = (await pendingChanges()).entries.find((e) => e.key === key);
    if (!entry) {
      await forget(key);
      return null;
    }
    file = await exportOneChange(clock, entry.kind, entry.record, entry);
  }
  return { file, undo: await undoRefused(key, clock) };
}

export async function dismissLostValue(key: string): Promise<void> {
  const notes = (await readMeta<LostValue[]>(SYNC_LOST_KEY)) ?? [];
  await writeMeta(SYNC_LOST_KEY, notes.filter((note) => note.key !== key));
}
