// The operator sets the database deadline and the stop's grace period like every other option:
// a flag or an environment variable, checked at start (issue 17, items 2 and 3).
import { defaults, parseConfig } from '../../src/server/config';

test('2, 3: DB_TIMEOUT_MS and SHUTDOWN_GRACE_MS come from flags or the environment, with documented defaults', () => {
  expect(parseConfig([], {})).toMatchObject({ config: { dbTimeoutMs: 10_000, shutdownGraceMs: 20_000 } });
  expect(defaults).toMatchObject({ dbTimeoutMs: 10_000, shutdownGraceMs: 20_000 });
  expect(parseConfig([], { DB_TIMEOUT_MS: '2500', SHUTDOWN_GRACE_MS: '0' })).toMatchObject({ config: { dbTimeoutMs: 2500, shutdownGraceMs: 0 } });
  expect(parseConfig(['--db-timeout-ms', '4000', '--shutdown-grace-ms', '60000'], { DB_TIMEOUT_MS: '2500' })).toMatchObject({ config: { dbTimeoutMs: 4000, shutdownGraceMs: 60_000 } });
});

test('2, 3: a deadline too short to reach any database, or a value that is not a number, stops the start with the reason', () => {
  expect(parseConfig(['--db-timeout-ms', '10'], {})).toMatchObject({ error: expect.stringContaining('dbTimeoutMs') as unknown });
  expect(parseConfig([], { SHUTDOWN_GRACE_MS: 'twenty seconds' })).toMatchObject({ error: expect.stringContaining('shutdownGraceMs') as unknown });
});
