// Files that hold the county's data or keys are readable by the server's user alone: the
// SQLite database with its WAL and shared-memory files 0600 in a 0700 folder, backups 0600, the
// secret key 0600. SQLite creates its -wal and -shm files with the database file's mode, so
// creating that file 0600 first is enough for all three.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

const openToOthers = (mode: number) => (mode & 0o077) !== 0;

/** Creates the folder 0700, or tightens it when it holds nothing but the given files (an operator's shared folder is left alone). */
export function privateFolder(folder: string, ownFiles: (name: string) => boolean = () => false): void {
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
    chmodSync(folder, PRIVATE_FOLDER);
    return;
  }
  if (openToOthers(statSync(folder).mode) && readdirSync(folder).every(ownFiles)) chmodSync(folder, PRIVATE_FOLDER);
}

/** The SQLite folder and files: created or tightened before the database opens. */
export function privateDatabaseFiles(folder: string, file: string): void {
  privateFolder(folder, (name) => name.startsWith(file));
  const database = path.join(folder, file);
  if (!existsSync(database)) closeSync(openSync(database, 'a', PRIVATE_FILE));
  for (const name of [database, `${database}-wal`, `${database}-shm`, `${database}-journal`]) {
    if (existsSync(name) && openToOthers(statSync(name).mode)) chmodSync(name, PRIVATE_FILE);
  }
}

/** Writes a whole file 0600: first under a temporary name (made anew, so an old one's mode does not carry over), then renamed. */
export async function writePrivateFile(file: string, data: string): Promise<void> {
  const temporary = `${file}.partial`;
  await rm(temporary, { force: true });
  await writeFile(temporary, data, { mode: PRIVATE_FILE, flag: 'wx' });
  await rename(temporary, file);
}
