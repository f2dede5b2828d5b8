// The server as a separate process, started the way `npm run server` starts it, for the tests
// that stop or kill it.
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { StoreOptions } from '../../src/server/storage/store';

export const root = path.join(import.meta.dirname, '../..');

export type ChildServer = { url: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

export function storeEnv(store: StoreOptions): NodeJS.ProcessEnv {
  // The key file where the harness keeps it (testConfig), so commands and servers share it.
  return { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl ?? '', SECRET_KEY_FILE: path.join(`${store.dataDir}-keys`, 'secret.key') };
}

/** Starts the server on the store; `env` adds or overrides settings (SHUTDOWN_GRACE_MS, DB_TIMEOUT_MS …). */
export async function spawnServer(store: StoreOptions, env: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...storeEnv(store), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', DIST_DIR: path.join(store.dataDir, 'no-build'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', look);
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
  return { url, child, output: () => output, exited };
}

/** Waits until the server's output contains the text (a log line), without a fixed delay. */
export function outputContains(server: ChildServer, text: string): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      if (server.output().includes(text)) {
        server.child.stdout?.off('data', look);
        resolve();
      }
    };
    server.child.stdout?.on('data', look);
    look();
  });
}

/** Runs one of the command-line tools (npm run backup / restore / user) on the store. */
export function cli(tool: 'backup' | 'restore' | 'user', store: StoreOptions, args: string[], input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, `src/cli/${tool}.ts`), ...args], { cwd: root, env: storeEnv(store), input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
