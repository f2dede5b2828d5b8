// Second-factor secrets are sealed at rest with AES-256-GCM under a key the operator keeps apart
// from the database and its backups (the key file, SECRET_KEY_FILE): whoever holds a backup or
// a copy of the database, but not the key, cannot compute anyone's codes.
//
// The key file holds one base64 key (32 bytes) per line: the first seals, every line opens (so
// after a rotation, backups sealed with an older key still restore while that key stays in the
// file). Each sealed value names its key by id, and is bound to its account by the GCM's
// associated data, so a value copied onto another account does not open. The server reads the
// file again when it changes, so a rotation by `npm run user -- rotate-key` reaches a running
// server without a restart. The file is created 0600 (its folder 0700) on first start when
// absent.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE, privateFolder } from './private-files';

const PREFIX = 'enc:v1:';
const KEY_BYTES = 32;

export type SecretBox = {
  file: string;
  /** The id of the key that seals. */
  currentId(): string;
  knows(id: string): boolean;
  seal(plain: string, accountId: string): string;
  open(sealed: string, accountId: string): string;
};

export class SecretKeyProblem extends Error {}

export const isSealed = (value: string) => value.startsWith(PREFIX);

/** The id a sealed value names, or null for a value in clear. */
export function sealedKeyId(value: string): string | null {
  return isSealed(value) ? (value.slice(PREFIX.length).split('.')[0] ?? null) : null;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 12);

export function newKeyLine(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

function parseKeys(text: string, file: string): Buffer[] {
  const keys = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => Buffer.from(line, 'base64'));
  if (keys.length === 0 || keys.some((key) => key.length !== KEY_BYTES)) {
    throw new SecretKeyProblem(`${file} must hold one base64 key of ${KEY_BYTES} bytes per line (openssl rand -base64 32).`);
  }
  return keys;
}

/** Creates the key file (0600, in a 0700 folder) when it is absent; an existing one is only tightened. */
export function ensureKeyFile(file: string): void {
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, PRIVATE_FILE);
    return;
  }
  privateFolder(path.dirname(file));
  try {
    writeFileSync(file, `${newKeyLine()}\n`, { mode: PRIVATE_FILE, flag: 'wx' });
  } catch (error) {
    // Another process made it meanwhile: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

export function openSecretBox(file: string): SecretBox {
  let keys: Buffer[] = [];
  let byId = new Map<string, Buffer>();
  let seen = '';
  const refresh = () => {
    const stat = statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    if (stamp === seen) return;
    keys = parseKeys(readFileSync(file, 'utf8'), file);
    byId = new Map(keys.map((key) => [keyId(key), key]));
    seen = stamp;
  };
  refresh();
  return {
    file,
    currentId: () => {
      refresh();
      return keyId(keys[0]!);
    },
    knows: (id) => {
      refresh();
      return byId.has(id);
    },
    seal: (plain, accountId) => {
      refresh();
      const key = keys[0]!;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(accountId));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${[keyId(key), iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')}`;
    },
    open: (sealed, accountId) => {
      if (!isSealed(sealed)) return sealed;
      refresh();
      const [id, iv, body, tag] = sealed.slice(PREFIX.length).split('.');
      const key = id ? byId.get(id) : undefined;
      if (!key || !iv || body === undefined || !tag) throw new SecretKeyProblem(`A second-factor secret is sealed with key ${id ?? '?'}, which ${file} does not hold.`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(accountId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

const boxes = new Map<string, SecretBox>();

/** The box for a key file, created on first use (the server and the commands share one per file). */
export function secretBoxFor(file: string): SecretBox {
  const resolved = path.resolve(file);
  let box = boxes.get(resolved);
  if (!box) {
    ensureKeyFile(resolved);
    box = openSecretBox(resolved);
    boxes.set(resolved, box);
  }
  return box;
}
