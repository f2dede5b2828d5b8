// Ending a login on the server. Logging out on a tablet that is offline cannot reach the
// server, so the token is kept (in the meta table, as nothing else of the login is) and the
// session is ended there when the device is next online; until then the token exists only on
// this device, which no longer uses it.
import { ServerError, serverApi } from './server-api';
import { SESSIONS_TO_END_KEY as ENDING_KEY } from '../db/meta-keys';
import { readMeta, writeMeta } from './sync-meta';

async function ending(): Promise<string[]> {
  return (await readMeta<string[]>(ENDING_KEY)) ?? [];
}

/** Whether the server has the session ended (or never had it), so the token can be forgotten. */
async function endOnServer(token: string): Promise<boolean> {
  try {
    await serverApi.logout(token);
    return true;
  } catch (error) {
    // 401: already ended or expired. Offline, no server, 5xx: later.
    return error instanceof ServerError && error.status >= 400 && error.status < 500;
  }
}

/** Ends the session now, or, when the server cannot be reached, as soon as the device is online. */
export async function endSession(token: string): Promise<'ended' | 'later'> {
  if (await endOnServer(token)) return 'ended';
  await writeMeta(ENDING_KEY, [...(await ending()).filter((kept) => kept !== token), token]);
  return 'later';
}

/** Ends the sessions left open by logouts made offline; those the server still cannot take stay. */
export async function endLeftSessions(): Promise<void> {
  const tokens = await ending();
  if (tokens.length === 0) return;
  const left: string[] = [];
  for (const token of tokens) if (!(await endOnServer(token))) left.push(token);
  // Read again: a logout meanwhile may have added one.
  const now = (await ending()).filter((token) => left.includes(token) || !tokens.includes(token));
  await writeMeta(ENDING_KEY, now.length > 0 ? now : null);
}
