// Headers on every response, API and app alike: a strict Content-Security-Policy (no inline
// script, nothing from other origins, no framing), nosniff and a referrer policy. The app
// needs no exception: its only inline styles are set through the DOM, which CSP allows.
// Every /api answer, refusals included, carries Cache-Control: no-store: login answers carry
// tokens, enrolment answers second-factor secrets, and no proxy or browser cache may keep them.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // The app is served over plain HTTP on 127.0.0.1; a proxy in front adds HSTS for its TLS.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?')) {
      void reply.header('Cache-Control', 'no-store');
      // A refused attempt says in the header, too, when it may be tried again.
      if (reply.statusCode === 429 && !reply.hasHeader('Retry-After') && typeof payload === 'string') {
        const wait = retryAfterOf(payload);
        if (wait !== null) void reply.header('Retry-After', String(wait));
      }
    }
    done(null, payload);
  });
}

function retryAfterOf(payload: string): number | null {
  try {
    const { retryAfter } = JSON.parse(payload) as { retryAfter?: unknown };
    return typeof retryAfter === 'number' ? retryAfter : null;
  } catch {
    return null;
  }
}
