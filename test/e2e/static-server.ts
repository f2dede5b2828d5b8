// A tiny static server for the update test: one port (so one origin, one service worker, one
// IndexedDB) whose root can be switched from build A to build B, as a deployment would.
// Like a real host it serves index.html for unknown paths, and sw.js uncached.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export type SwitchableServer = { url: string; serve: (root: string) => void; close: () => Promise<void> };

export async function startSwitchableServer(root: string, port: number): Promise<SwitchableServer> {
  let current = root;
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(current, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    const send = (body: Buffer, ext: string) => {
      const hashed = pathname.startsWith('/assets/');
      res.writeHead(200, {
        'Content-Type': types[ext] ?? 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    };
    readFile(file)
      .then((body) => send(body, path.extname(file)))
      .catch(async () => {
        // A missing asset is a 404 (as after a deployment removed it); a page path gets the app.
        if (path.extname(pathname)) {
          res.writeHead(404).end();
          return;
        }
        send(await readFile(path.join(current, 'index.html')), '.html');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    serve: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
