// `npm start` (after the build) and `node --import tsx src/server/main.ts`: opens the store,
// listens, and on SIGTERM or SIGINT stops taking connections, lets the answers in flight
// finish within the grace period (SHUTDOWN_GRACE_MS, http/graceful-stop.ts), then closes the
// database. A second signal ends the process at once.
import { buildApp, loggerOptions } from './build-app';
import { help, parseConfig } from './config';
import { describeStore, openStore } from './storage/store';
import { withinTime } from './storage/unavailable';
import { serverVersion } from './version';

const parsed = parseConfig(process.argv.slice(2), process.env);
if (parsed.help) {
  process.stdout.write(help);
  process.exit(0);
}
if ('error' in parsed) {
  process.stderr.write(`${parsed.error}\n\n${help}`);
  process.exit(2);
}
const { config } = parsed;

const store = await openStore(config);
const app = await buildApp({ store, config, now: () => new Date(), version: serverVersion }, { logger: config.logLevel === 'silent' ? false : loggerOptions(config.logLevel) });

async function stop(signal: string): Promise<void> {
  let code = 0;
  try {
    // The listener closes before the first await of stopGracefully: the line below is true when written.
    const stopped = app.stopGracefully(config.shutdownGraceMs);
    app.log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new connections, finishing the answers in flight');
    const { cut } = await stopped;
    if (cut > 0) app.log.warn({ cut }, 'grace period over: answers still being sent were cut off');
  } catch (error) {
    app.log.error({ err: error }, 'stopping the HTTP server failed');
    code = 1;
  }
  try {
    // A database that does not answer must not hold the process (PostgreSQL's pool waits for its connections to end).
    await withinTime(store.close(), config.dbTimeoutMs, 'closing the database');
    app.log.info('database closed');
  } catch (error) {
    app.log.error({ err: error }, 'the database did not close in time');
    code = 1;
  }
  process.exit(code);
}
let stopping = false;
const onSignal = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  void stop(signal);
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);

try {
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info({ address, storage: store.kind, database: describeStore(config), version: serverVersion }, 'server listening');
  // The line tests and scripts wait for; the structured log says the same.
  process.stdout.write(`listening on ${address}\n`);
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  await store.close();
  process.exit(1);
}
