// Reading and writing the engine's rows in the meta table (keys in sync-keys.ts). Writes go
// through src/db's one write module, like every other write.
import { db } from '../db/database';
import { setMeta } from '../db/write';

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await db().meta.get(key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  await setMeta(key, value);
}
