// How many conflicts wait for the coordinator (issue 18: her header said "Synchronisiert" while
// seven were open). The server counts them; the device keeps the last count in its meta table,
// so the header, the overview and the sync screen show it offline too, and every tab the same.
// Asked after each sync of a coordinator's device and whenever her conflicts list loads.
import { serverRequest } from './server-api';
import { writeMeta } from './sync-meta';
import { OPEN_CONFLICTS_KEY } from './sync-keys';

/** Asks the server for the open count and keeps it; a failed request keeps the last count. */
export async function refreshOpenConflicts(token: string): Promise<void> {
  try {
    const answer = await serverRequest<{ open: number }>('GET', '/api/conflicts?status=open&limit=1', { token });
    await noteOpenConflicts(answer.open);
  } catch {
    // Offline or refused: the count shown stays the last one known; the next sync asks again.
  }
}

export async function noteOpenConflicts(open: number): Promise<void> {
  await writeMeta(OPEN_CONFLICTS_KEY, open);
}
