// This device's connection to the county server: who logged in, with which token, until when.
// It lives in IndexedDB beside the data, so a device that logged in once keeps it while it is
// offline; the data on the device never depends on it. A token that has expired (by its date,
// or because the server refused it) is kept as expired, so the app asks for the password again
// and loses nothing meanwhile.
import { adoptAuthor } from '../db/author';
import { db } from '../db/database';
import { useMeta } from '../db/hooks';
import { CONNECTION_KEY } from '../db/meta-keys';
import { setMeta } from '../db/write';
import type { LoginAnswer, Role } from './server-api';

// The header shows the connection on every screen, so this module stays out of the
// repository (and the schemas it loads): the first load carries only the database.
const getMeta = async <T>(key: string): Promise<T | undefined> => (await db().meta.get(key))?.value as T | undefined;

export { CONNECTION_KEY } from '../db/meta-keys';

export type Connection = { county: string; name: string; role: Role; token: string; expiresAt: string; expired: boolean };

export async function saveConnection(county: string, name: string, answer: LoginAnswer): Promise<void> {
  await setMeta(CONNECTION_KEY, { county, name, role: answer.role, token: answer.token, expiresAt: answer.expiresAt, expired: false } satisfies Connection);
  await adoptAuthor(name);
}

export async function markExpired(): Promise<void> {
  const current = await getMeta<Connection>(CONNECTION_KEY);
  if (current) await setMeta(CONNECTION_KEY, { ...current, expired: true });
}

export function forgetConnection(): Promise<void> {
  return setMeta(CONNECTION_KEY, null);
}

/** Whether the token still counts at `now`: not refused by the server and not past its date. */
export function isLive(connection: Connection, now: string): boolean {
  return !connection.expired && connection.expiresAt > now;
}

/** The connection; null when this device never connected or logged out. */
export function useConnection(): Connection | null {
  return useMeta<Connection | null>(CONNECTION_KEY) ?? null;
}
