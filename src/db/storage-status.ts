// Storage safety bookkeeping: when the data last changed, was exported or synced, how long
// to wait before reminding, whether the browser promised to keep the data (persistent
// storage), how much space is used, and whether the storage failed (IndexedDB unavailable,
// quota exceeded, or another tab upgraded the database). The failure is kept in a small
// store the app shell watches, so any failed write anywhere leads to one clear page.
import type { AppDb } from './database';
import { db } from './database';
import { LAST_EXPORT_KEY, LAST_SYNC_KEY } from './meta-keys';
import { setMeta } from './write';

export const LAST_CHANGE_KEY = 'lastChangeAt';
export const REMINDER_DAYS_KEY = 'backupReminderDays';
export const PERSIST_ASKED_KEY = 'persistenceAskedAt';
export { LAST_EXPORT_KEY, LAST_SYNC_KEY };

/** Notes that local data changed; called by the repository after each write. */
export async function markChanged(at: string): Promise<void> {
  await setMeta(LAST_CHANGE_KEY, at);
}

export async function saveReminderDays(days: number): Promise<void> {
  await setMeta(REMINDER_DAYS_KEY, days);
}

export type Persistence = 'granted' | 'not_granted' | 'unsupported';

/** Whether the browser has promised not to evict the data under storage pressure. */
export async function persistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'granted' : 'not_granted';
}

/** Asks once per device for persistent storage (the browser may decide silently). */
export async function requestPersistenceOnce(now: string): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'granted';
  if (await db().meta.get(PERSIST_ASKED_KEY)) return 'not_granted';
  const granted = await navigator.storage.persist();
  await setMeta(PERSIST_ASKED_KEY, now);
  return granted ? 'granted' : 'not_granted';
}

/** Asks again on request from the settings. */
export async function requestPersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  return (await navigator.storage.persist()) ? 'granted' : 'not_granted';
}

export type StorageEstimate = { usage: number; quota: number } | null;

export async function storageEstimate(): Promise<StorageEstimate> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

// ---- failures -------------------------------------------------------------------------

export type StorageFailure =
  | { kind: 'unavailable'; detail: string }
  | { kind: 'quota'; detail: string }
  | { kind: 'upgraded_elsewhere' };

let failure: StorageFailure | null = null;
const listeners = new Set<() => void>();

export function storageFailure(): StorageFailure | null {
  return failure;
}

export function subscribeStorageFailure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportStorageFailure(next: StorageFailure | null): void {
  // A quota or availability failure outranks the softer "reload" notice.
  if (next && failure && failure.kind !== 'upgraded_elsewhere' && next.kind === 'upgraded_elsewhere') return;
  failure = next;
  for (const listener of listeners) listener();
}

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown };

/** Dexie wraps the browser's error (a failed transaction is an AbortError with the cause inside). */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as ErrorLike;
    if (name === 'QuotaExceededError') return true;
    current = inner;
  }
  return false;
}

const describe = (error: unknown): string => {
  if (error && typeof error === 'object') {
    const { name, message } = error as ErrorLike;
    return [name, message].filter((part) => typeof part === 'string' && part).join(': ');
  }
  return String(error);
};

/**
 * Opens the database before the app renders. When IndexedDB is missing (some private
 * modes) or refuses to open, the failure is reported and false returned.
 */
export async function openStorage(database: AppDb = db()): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    await database.open();
  } catch (error) {
    reportStorageFailure(isQuotaError(error) ? { kind: 'quota', detail: describe(error) } : { kind: 'unavailable', detail: describe(error) });
    return false;
  }
  // Another tab with a newer version wants to upgrade: step aside instead of blocking it,
  // and keep this tab from writing with old code into the new schema.
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    reportStorageFailure({ kind: 'upgraded_elsewhere' });
  });
  return true;
}

/** Routes a failed write anywhere in the app to the storage failure page. */
export function reportIfQuotaError(error: unknown): boolean {
  if (!isQuotaError(error)) return false;
  reportStorageFailure({ kind: 'quota', detail: describe(error) });
  return true;
}
