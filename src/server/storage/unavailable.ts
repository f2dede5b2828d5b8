// A database that cannot be reached, is stopping, is locked by another process or does not
// answer in time is not a bug in the request: the HTTP layer answers 503 storage_unavailable,
// and a device tries again later, as it does when it is offline. Errors that mean "the
// database is not there right now" are recognised here, for both stores; everything else
// (a constraint, a syntax error) stays a fault of the server (500).

export class StorageUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailable';
  }
}

/** Socket errors on the way to PostgreSQL. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATE codes and classes: 08 connection exception, 53 insufficient resources
 * (disk full, too many connections), 57 operator intervention (57014 a statement cancelled by
 * statement_timeout, 57P01 a backend terminated by an administrator, 57P03 the server is
 * starting or stopping), 58 system errors (I/O), 55P03 a lock not granted in time, 25P03 a
 * session ended for idling in its transaction.
 */
const postgresClasses = ['08', '53', '57', '58'];
const postgresCodes = new Set(['55P03', '25P03']);

/** SQLite result codes (better-sqlite3 puts them on `code`, extended codes included). */
const sqlitePrefixes = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'];

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Whether the error (or one it was caused by) says the database is unavailable right now. */
export function isStorageUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    if (current instanceof StorageUnavailable) return true;
    const code = codeOf(current);
    if (code !== null) {
      if (networkCodes.has(code) || postgresCodes.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code) && postgresClasses.includes(code.slice(0, 2))) return true;
      if (sqlitePrefixes.some((prefix) => code.startsWith(prefix))) return true;
    }
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}

/**
 * The promise's outcome, or StorageUnavailable when it has not settled within `ms`. What the
 * promise does later is ignored (`onLate` may clean up after it, e.g. give back a connection).
 */
export function withinTime<T>(promise: Promise<T>, ms: number, what: string, onLate?: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new StorageUnavailable(`${what}: no answer within ${ms} ms`));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        if (late) onLate?.(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!late) reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
