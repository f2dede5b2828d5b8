// Stopping without cutting answers off. Node's http server, when closed, also closes every
// connection whose request has been read, even while a large answer (a county's records, a
// first sync) is still being sent on it: the client receives half a JSON document. So a stop
// goes in this order:
//   1. stop accepting connections (new ones are refused, so a load balancer tries another
//      instance), and answer any further request on an open connection with 503
//      shutting_down and Connection: close;
//   2. wait until every answer begun has been handed to the operating system whole, or the
//      grace period has passed; then cut what is left (a client that stopped reading);
//   3. close the app (idle keep-alive connections, onClose hooks).
// The caller closes the database afterwards, so requests in flight finish with it.
import net from 'node:net';
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { RETRY_AFTER_SECONDS } from './errors';

declare module 'fastify' {
  interface FastifyInstance {
    /** Stops as above; resolves with the number of answers cut off after `graceMs`. */
    stopGracefully(graceMs: number): Promise<{ cut: number }>;
  }
}

const shuttingDown = JSON.stringify({ error: 'shutting_down', message: 'The server is stopping; try again in a moment (another instance may answer).' });

/** Registers the in-flight tracking and `app.stopGracefully`; before any route, so it covers all. */
export function installGracefulStop(app: FastifyInstance): void {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | null = null;

  app.addHook('onRequest', (request, reply, done) => {
    if (stopping) {
      // A string, so no route's response schema applies (health's 503 has another shape).
      void reply.code(503).header('Connection', 'close').header('Retry-After', String(RETRY_AFTER_SECONDS)).type('application/json; charset=utf-8').send(shuttingDown);
      return;
    }
    const response = reply.raw;
    inFlight.add(response);
    // 'close' comes once the answer's last byte is with the operating system (or the client left).
    response.once('close', () => {
      inFlight.delete(response);
      if (inFlight.size === 0) drained?.();
    });
    done();
  });
  // app.close() without stopGracefully (the tests' servers) refuses new requests the same way.
  app.addHook('preClose', (done) => {
    stopping = true;
    done();
  });

  app.decorate('stopGracefully', async (graceMs: number) => {
    stopping = true;
    // net.Server's close stops listening and leaves open connections alone; http.Server's own
    // close would also end connections whose answer is still being sent.
    net.Server.prototype.close.call(app.server);
    const deadline = Date.now() + graceMs;
    /** Resolves when `done` settles or the grace period is over, whichever comes first. */
    const until = (done: Promise<unknown>) => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      const finish = () => {
        clearTimeout(timer);
        resolve();
      };
      done.then(finish, finish);
    });
    await until(inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve)));
    let closed = false;
    const closing = app.close().then(() => {
      closed = true;
    });
    await until(closing);
    const cut = inFlight.size;
    // Past the grace period: answers still unsent, and connections whose request never finished arriving.
    if (!closed) app.server.closeAllConnections();
    await closing;
    return { cut };
  });
}
