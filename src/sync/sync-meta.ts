// Reading and writing the engine's rows in the meta table (keys in sync-keys.ts).
import { db } from '../db/database';

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await db().meta.get(key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  await db().meta.put({ key, value });
}
