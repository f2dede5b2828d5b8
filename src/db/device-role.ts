// The role this device writes with: the role of the account that connected it to the county
// server (src/replica/connection.ts keeps the connection in the meta table). Local writes ask
// the core's rulebook with it, so a caseworker's tablet refuses offline what the server would
// refuse at the next sync, and screens offer only what the role may do (mayDo).
// - A device whose login expired keeps its role: its data and changes are still that person's.
// - A device that never connected, or logged out, has none (null): it is the county's own
//   standalone device and may do everything; a server judges its changes if it ever connects.
// Kept free of the schemas, so a screen can ask without loading them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '../core/rulebook/roles';
import { roles } from '../core/rulebook/roles';
import { db } from './database';
import { CONNECTION_KEY } from './meta-keys';

export type { Operation, Role } from '../core/rulebook/roles';
export { mayDo } from '../core/rulebook/roles';

/** The role in a stored connection; null without one (or with a role this build does not know: the server judges). */
function roleIn(connection: unknown): Role | null {
  const role = typeof connection === 'object' && connection !== null ? (connection as { role?: unknown }).role : undefined;
  return (roles as readonly unknown[]).includes(role) ? (role as Role) : null;
}

/** The device's role, read in the caller's transaction when there is one (write scopes include meta). */
export async function deviceRole(): Promise<Role | null> {
  return roleIn((await db().meta.get(CONNECTION_KEY))?.value);
}

/** The device's role for screens, live: undefined while loading, null for a device that may do everything. */
export function useDeviceRole(): Role | null | undefined {
  return useLiveQuery(deviceRole, []);
}
