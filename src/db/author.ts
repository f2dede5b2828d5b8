// The name that goes into updatedBy, kept on the device between sessions. Read at start-up,
// so it reads the meta table directly rather than through the validating repository.
import { setAuthor, UNNAMED_AUTHOR } from './context';
import { db } from './database';
import { AUTHOR_KEY } from './meta-keys';
import { setMeta } from './write';

export async function loadAuthor(): Promise<void> {
  const stored = (await db().meta.get(AUTHOR_KEY))?.value;
  if (typeof stored === 'string' && stored) setAuthor(stored);
}

/**
 * The person a record or note is signed by, or null when it was signed without a name (the
 * device's default), so that screens say "auf diesem Gerät" instead of a made-up name.
 */
export function authorName(by: string): string | null {
  return by.trim() === '' || by === UNNAMED_AUTHOR ? null : by;
}

export async function saveAuthor(name: string): Promise<void> {
  setAuthor(name);
  await setMeta(AUTHOR_KEY, name.trim());
}

/**
 * Signs this device's changes with the account's name once the person logs in, unless they set
 * a name in settings: a note synced to other devices must not read "auf diesem Gerät" there.
 */
export async function adoptAuthor(name: string): Promise<void> {
  const stored = (await db().meta.get(AUTHOR_KEY))?.value;
  if (typeof stored === 'string' && stored.trim()) return;
  await saveAuthor(name);
}

/**
 * At logout: a name taken from the account (adoptAuthor) goes with it, so the next person's
 * changes are not signed with it; a name set in settings stays. Changes already made keep theirs
 * (the outbox notes each change's author).
 */
export async function releaseAuthor(accountName: string): Promise<void> {
  const stored = (await db().meta.get(AUTHOR_KEY))?.value;
  if (typeof stored !== 'string' || stored.trim() !== accountName.trim()) return;
  setAuthor('');
  await setMeta(AUTHOR_KEY, '');
}
