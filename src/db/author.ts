// The name that goes into updatedBy, kept on the device between sessions.
import { setAuthor } from './context';
import { getMeta, setMeta } from './repository';

const AUTHOR_KEY = 'author';

export async function loadAuthor(): Promise<void> {
  const stored = await getMeta<string>(AUTHOR_KEY);
  if (stored) setAuthor(stored);
}

export async function saveAuthor(name: string): Promise<void> {
  setAuthor(name);
  await setMeta(AUTHOR_KEY, name.trim());
}
