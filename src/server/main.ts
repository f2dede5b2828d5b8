// `npm start` (after the build) and `node --import tsx src/server/main.ts`: opens the store,
// listens, and on SIGTERM or SIGINT stops taking connections, lets in-flight requests finish,
// then closes the database.
import { buildApp, loggerOptions } from './build-app';
import { help, parseConfig } from './config';
import { describeStore, openStore } from './storage/store';
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

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  try {
    await app.close();
  } finally {
    await store.close();
    app.log.info('database closed');
  }
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));

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
