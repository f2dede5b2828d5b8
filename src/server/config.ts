// The server's settings: flags first, then environment variables, then defaults. Checked with
// zod where they cross the trust line, so a typo in PORT stops the start with a clear message
// instead of a server listening somewhere unexpected.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

export type PasswordHashing = { cost: number; blockSize: number; parallelization: number };

export type Config = {
  host: string;
  port: number;
  /** Folder of the embedded SQLite database (and nothing else). */
  dataDir: string;
  /** postgres://… to store everything in PostgreSQL instead of SQLite. */
  databaseUrl: string | null;
  /** The built app; null serves the API alone. */
  distDir: string | null;
  /** Largest request body in bytes; larger ones get 413. */
  bodyLimit: number;
  /** Largest body of POST /api/sync: a county's first upload (10,000 records, about 8 MB) fits (P11). */
  syncBodyLimit: number;
  /** scrypt parameters for new password hashes; each hash stores its own. */
  passwordHashing: PasswordHashing;
  /** A session ends after this long without a request … */
  sessionIdleMs: number;
  /** … and after this long in any case. */
  sessionAbsoluteMs: number;
  /** Failed logins per account, and per address, within the window before logins are refused. */
  loginLimit: { perAccount: number; perAddress: number; windowMs: number };
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** The key file that seals second-factor secrets at rest; kept apart from the data and its backups, created 0600 when absent. */
  secretKeyFile: string;
  /**
   * How long a request waits for the database: for a connection (PostgreSQL) or the write lock
   * another process holds (SQLite), and for each statement. Then it answers 503 storage_unavailable.
   */
  dbTimeoutMs: number;
  /** After SIGTERM, how long answers already begun may take to finish before their connections are cut. */
  shutdownGraceMs: number;
};

/** scrypt with N = 2^17, r = 8, p = 1: OWASP's recommendation for scrypt (128 MiB, ~0.3 s here). */
export const productionHashing: PasswordHashing = { cost: 2 ** 17, blockSize: 8, parallelization: 1 };

const DAY = 24 * 60 * 60 * 1000;

export const defaults = {
  host: '127.0.0.1',
  port: 8080,
  dataDir: './data',
  distDir: './dist',
  secretKeyFile: './keys/secret.key',
  bodyLimit: 1024 * 1024,
  syncBodyLimit: 16 * 1024 * 1024,
  sessionIdleMs: 30 * DAY,
  sessionAbsoluteMs: 90 * DAY,
  loginLimit: { perAccount: 10, perAddress: 50, windowMs: 15 * 60 * 1000 },
  dbTimeoutMs: 10_000,
  shutdownGraceMs: 20_000,
} as const;

export const help = `Integrationskonzept – county server

Usage: npm run server -- [options]   (npm start builds the app first; or: node --import tsx src/server/main.ts [options])

Options (each also as an environment variable):
  --host HOST            HOST          address to listen on (default ${defaults.host})
  --port PORT            PORT          port to listen on (default ${defaults.port})
  --data-dir DIR         DATA_DIR      folder of the embedded SQLite database (default ${defaults.dataDir})
  --database-url URL     DATABASE_URL  postgres://user:password@host:port/db to use PostgreSQL instead of SQLite
  --dist DIR             DIST_DIR      the built app to serve (default ${defaults.distDir})
  --body-limit BYTES     BODY_LIMIT    largest request body (default ${defaults.bodyLimit} bytes)
  --sync-body-limit BYTES SYNC_BODY_LIMIT largest body of a sync (default ${defaults.syncBodyLimit} bytes)
  --log-level LEVEL      LOG_LEVEL     silent, error, warn, info (default) or debug
  --trust-proxy          TRUST_PROXY=1 take client addresses from X-Forwarded-For (behind a load balancer only)
  --secret-key-file FILE SECRET_KEY_FILE key that seals second-factor secrets; keep it apart from the data and
                                       its backups (default ${defaults.secretKeyFile}, created 0600 when absent)
  --db-timeout-ms MS     DB_TIMEOUT_MS longest wait for the database (connection, lock, statement) before 503 (default ${defaults.dbTimeoutMs})
  --shutdown-grace-ms MS SHUTDOWN_GRACE_MS after SIGTERM, time for answers in flight to finish (default ${defaults.shutdownGraceMs})
  --help                               this text
`;

const options = {
  host: { type: 'string' },
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  dist: { type: 'string' },
  'body-limit': { type: 'string' },
  'sync-body-limit': { type: 'string' },
  'log-level': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'secret-key-file': { type: 'string' },
  'db-timeout-ms': { type: 'string' },
  'shutdown-grace-ms': { type: 'string' },
  help: { type: 'boolean' },
} as const;

const settings = z.object({
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  dataDir: z.string().min(1),
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').nullable(),
  distDir: z.string().min(1),
  bodyLimit: z.coerce.number().int().min(1024),
  syncBodyLimit: z.coerce.number().int().min(1024),
  logLevel: z.enum(['silent', 'error', 'warn', 'info', 'debug']),
  trustProxy: z.boolean(),
  secretKeyFile: z.string().min(1),
  dbTimeoutMs: z.coerce.number().int().min(100),
  shutdownGraceMs: z.coerce.number().int().min(0),
});

export type Parsed = { help: true } | { help: false; config: Config } | { help: false; error: string };

/** The configuration from command-line arguments and environment. */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Parsed {
  let values;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return { help: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  const checked = settings.safeParse({
    host: values.host ?? env.HOST ?? defaults.host,
    port: values.port ?? env.PORT ?? defaults.port,
    dataDir: values['data-dir'] ?? env.DATA_DIR ?? defaults.dataDir,
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || null),
    distDir: values.dist ?? env.DIST_DIR ?? defaults.distDir,
    bodyLimit: values['body-limit'] ?? env.BODY_LIMIT ?? defaults.bodyLimit,
    syncBodyLimit: values['sync-body-limit'] ?? env.SYNC_BODY_LIMIT ?? defaults.syncBodyLimit,
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
    trustProxy: values['trust-proxy'] ?? ['1', 'true'].includes(env.TRUST_PROXY ?? ''),
    secretKeyFile: values['secret-key-file'] ?? (env.SECRET_KEY_FILE || defaults.secretKeyFile),
    dbTimeoutMs: values['db-timeout-ms'] ?? env.DB_TIMEOUT_MS ?? defaults.dbTimeoutMs,
    shutdownGraceMs: values['shutdown-grace-ms'] ?? env.SHUTDOWN_GRACE_MS ?? defaults.shutdownGraceMs,
  });
  if (!checked.success) {
    return { help: false, error: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  }
  const s = checked.data;
  return {
    help: false,
    config: {
      ...s,
      dataDir: path.resolve(s.dataDir),
      distDir: path.resolve(s.distDir),
      secretKeyFile: path.resolve(s.secretKeyFile),
      passwordHashing: productionHashing,
      sessionIdleMs: defaults.sessionIdleMs,
      sessionAbsoluteMs: defaults.sessionAbsoluteMs,
      loginLimit: { ...defaults.loginLimit },
    },
  };
}

/** Where the data is, for the command-line tools: the same flags and variables as the server. */
export function storeOptionsFrom(flags: { 'data-dir'?: string | undefined; 'database-url'?: string | undefined }, env: NodeJS.ProcessEnv): { dataDir: string; databaseUrl: string | null } {
  return {
    dataDir: path.resolve(flags['data-dir'] ?? env.DATA_DIR ?? defaults.dataDir),
    databaseUrl: flags['database-url'] ?? (env.DATABASE_URL || null),
  };
}

/** The key file, for the command-line tools: the same flag and variable as the server. */
export function secretKeyFileFrom(flags: { 'secret-key-file'?: string | undefined }, env: NodeJS.ProcessEnv): string {
  return path.resolve(flags['secret-key-file'] ?? (env.SECRET_KEY_FILE || defaults.secretKeyFile));
}
