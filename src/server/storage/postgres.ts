// PostgreSQL for a state-wide deployment. Two faults must not take an instance down or hold
// it: a connection that breaks while a request uses it, and a database that stops answering.
//
// pg gives a pool's idle clients an 'error' listener, but not the client a request has taken
// out: when PostgreSQL ends that connection (restart, pg_terminate_backend, a cut network)
// the client emits 'error' with no listener and Node ends the process. Every client handed out
// here carries a listener while it is out; a client that broke (or whose statement timed out)
// fails its further statements at once and is destroyed, not returned to the pool, when given
// back.
//
// With a deadline, waiting for a connection, connecting and each statement end after it: the
// server ends a statement at statement_timeout, and if the server itself does not answer
// (frozen, unreachable) the client gives up shortly after. A transaction left open by an
// instance that froze mid-request is ended by PostgreSQL after idling three times as long, so
// its row locks do not block the other instances.
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Store } from './store';
import type { Tables } from './tables';
import { StorageUnavailable, withinTime } from './unavailable';

/** How much later than PostgreSQL's own statement_timeout the client stops waiting for an answer. */
const CLIENT_MARGIN_MS = 1_000;

function guardClient(client: pg.PoolClient, statementMs: number | null): PostgresPoolClient {
  let broken: unknown = null;
  const onError = (error: unknown) => {
    broken ??= error;
  };
  client.on('error', onError);

  function query<R>(text: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    if (broken !== null) return Promise.reject(new StorageUnavailable('the database connection broke', { cause: broken }));
    const running = client.query(text, [...parameters]) as unknown as Promise<PostgresQueryResult<R>>;
    const answer = statementMs === null ? running : withinTime(running, statementMs + CLIENT_MARGIN_MS, 'database statement');
    return answer.catch((error: unknown) => {
      // A statement without an answer leaves the connection in an unknown state: never reuse it.
      if (error instanceof StorageUnavailable) broken ??= error;
      if (broken !== null && !(error instanceof StorageUnavailable)) throw new StorageUnavailable('the database connection broke during a statement', { cause: error });
      throw error;
    });
  }

  return {
    // Kysely streams through the second overload (cursors), which the server does not use.
    query: query as PostgresPoolClient['query'],
    release(destroy?: boolean) {
      client.off('error', onError);
      client.release(broken !== null ? new StorageUnavailable('destroyed after a failure', { cause: broken }) : destroy);
    },
  };
}

/** The pool as Kysely sees it: every client guarded; a connection that cannot be had is StorageUnavailable. */
export function guardedPool(pool: pg.Pool, statementMs: number | null): PostgresPool {
  // A connection that breaks while idle must not take the process down either.
  pool.on('error', () => undefined);
  return {
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw new StorageUnavailable('no connection to the database', { cause: error });
      }
      return guardClient(client, statementMs);
    },
    end: () => pool.end(),
  };
}

/** The server's store; `timeoutMs` null (the command-line tools) waits as long as it takes. */
export function openPostgresStore(url: string, timeoutMs: number | null): Store {
  const limits = timeoutMs === null ? {} : {
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    idle_in_transaction_session_timeout: timeoutMs * 3,
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, ...limits });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: guardedPool(pool, timeoutMs) }) });
  return {
    kind: 'postgres',
    db,
    transaction: (work) => db.transaction().execute(work),
    snapshot: (work) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
    close: () => db.destroy(),
  };
}
