// Security events, as JSON lines through the server's log (stdout), each marked
// `"security": true` with an `event` name, so an operator can filter them from the request log:
// failed and locked logins (county, name, address), every refusal with 403, and changes of
// passwords, second factors, accounts and county settings, restores and conflict resolutions.
// Events carry who, what and from where, never a password, token, code or secret: each event
// is built from the fields listed here and nothing of a request body is copied in.
import type { FastifyInstance } from 'fastify';

export type SecurityEvent =
  | { event: 'login_failed'; county: string; name: string; address: string; reason: string }
  | { event: 'login_locked'; county: string; name: string; address: string; retryAfter: number }
  | { event: 'login_succeeded'; county: string; name: string; address: string; knownDevice: boolean }
  | { event: 'reauthentication_failed'; county: string; name: string; address: string; reason: string; action: string }
  | { event: 'forbidden'; county: string | null; name: string | null; address: string; method: string; route: string; reason: string }
  | { event: 'password_changed'; county: string; name: string; by: string; address?: string }
  | { event: 'second_factor_changed'; county: string; name: string; by: string; action: 'set_up' | 'replaced' | 'reset'; address?: string }
  | { event: 'account_added'; county: string; name: string; role: string; by: string; address?: string }
  | { event: 'account_changed'; county: string; name: string; by: string; disabled?: boolean; role?: string; password?: 'reset'; address?: string }
  | { event: 'account_unlocked'; county: string; name: string; by: string; address?: string }
  | { event: 'county_settings_changed'; county: string; by: string; requireTotp: boolean; sessionsEnded: number; address?: string }
  | { event: 'record_restored'; county: string; by: string; kind: string; id: string; revision: number; path: string[] | null }
  | { event: 'conflict_resolved'; county: string; by: string; conflict: string; action: string }
  | { event: 'secrets_sealed'; count: number; keyId: string }
  | { event: 'secret_key_rotated'; resealed: number; keyId: string };

/** What security events are written through: the server's pino logger, or the command line's (below). */
export type SecurityLogger = { info(fields: object, message: string): void; warn(fields: object, message: string): void };

const warnings = new Set<SecurityEvent['event']>(['login_failed', 'login_locked', 'reauthentication_failed', 'forbidden']);

export function logSecurity(log: SecurityLogger, event: SecurityEvent): void {
  const fields = { security: true, ...event };
  if (warnings.has(event.event)) log.warn(fields, `security: ${event.event}`);
  else log.info(fields, `security: ${event.event}`);
}

/** The command-line tools' log: the same JSON lines as the server's, on stdout. */
export const commandLineLog: SecurityLogger = {
  info: (fields, message) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), source: 'cli', ...fields, msg: message })}\n`),
  warn: (fields, message) => process.stdout.write(`${JSON.stringify({ level: 40, time: Date.now(), source: 'cli', ...fields, msg: message })}\n`),
};

/** Logs every 403 the server answers, whichever route or check refused. */
export function logRefusals(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 403) {
      let reason = 'forbidden';
      try {
        const code = typeof payload === 'string' ? (JSON.parse(payload) as { error?: unknown }).error : undefined;
        if (typeof code === 'string') reason = code;
      } catch {
        // Not JSON: the reason stays "forbidden".
      }
      logSecurity(request.log, {
        event: 'forbidden',
        county: request.actor?.county ?? null,
        name: request.actor?.name ?? null,
        address: request.ip,
        method: request.method,
        route: request.routeOptions.url ?? request.url.split('?')[0] ?? '',
        reason,
      });
    }
    done(null, payload);
  });
}
