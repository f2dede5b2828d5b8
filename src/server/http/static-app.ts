// Serves the built app with the cache rules the README gives every host: the service worker,
// its registration and the manifest uncached, hashed assets immutable, everything else
// revalidated, and index.html for unknown page paths (SPA fallback). /api never falls back.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
}

export async function staticApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const hasApp = distDir !== null && existsSync(path.join(distDir, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root: distDir,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, filePath: string) => {
        const urlPath = `/${path.relative(distDir, filePath).split(path.sep).join('/')}`;
        void reply.header('Cache-Control', cacheControlFor(urlPath));
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !pathname.startsWith('/api/') && pathname !== '/api' && path.extname(pathname) === '';
    if (hasApp && isPage) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not_found', message: `No route ${request.method} ${pathname}.` });
  });
}
