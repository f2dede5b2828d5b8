// The name that goes into updatedBy, kept on the device between sessions. Read at start-up,
// so it talks to the meta table directly rather than through the validating repository.
import { setAuthor } from './context';
import { db } from './database';
import { AUTHOR_KEY } from './meta-keys';

export async function loadAuthor(): Promise<void> {
  const stored = (await db().meta.get(AUTHOR_KEY))?.value;
  if (typeof stored === 'string' && stored) setAuthor(stored);
}

export async function saveAuthor(name: string): Promise<void> {
  setAuthor(name);
  await db().meta.put({ key: AUTHOR_KEY, value: name.trim() });
}
