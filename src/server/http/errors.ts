// Every refusal is JSON with a machine-readable `error` code and a sentence for people, Fastify's
// own refusals (a URL that is not valid, a request that is not HTTP) included; nothing of a
// server fault (stack, SQL, file names) reaches the client, only the log. A database that is
// unavailable is 503 storage_unavailable, not 500 internal: a device tries again later, as
// when it is offline, and 500 keeps meaning a fault of the server.
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStorageUnavailable } from '../storage/unavailable';

export const errorBody = z
  .looseObject({
    error: z.string().describe('Machine-readable reason, e.g. invalid_request, unauthorized, forbidden'),
    message: z.string().describe('The reason in words'),
    problems: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }))
      .optional()
      .describe('What is wrong with which field (invalid input only)'),
    reason: z.string().optional().describe('A finer reason, e.g. too_common or too_weak for weak_password, mixed_scripts for invalid_name'),
    hint: z.string().optional().describe("weak_password: the strength estimator's hint as a key (e.g. keyPattern, dates, commonNames), for the client to word"),
    retryAfter: z.number().optional().describe('Seconds until a refused login may be tried again (also the Retry-After header)'),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBody>;

/** A refusal with its HTTP status, code and reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const statusByFastifyCode: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json', 'The body is empty although its type says JSON.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'The body is larger than the server accepts.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Send the body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'The Content-Length does not match the body.'],
};

/** Seconds a client is asked to wait after a 503 (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

export const storageUnavailable = { error: 'storage_unavailable', message: 'The database is not available at the moment; nothing of the request was stored. Try again later.' } as const;

/** Refusals Fastify makes before any route runs: a URL that cannot be decoded, a path segment over its length limit. */
const frameworkRefusals: Record<string, [number, string, string]> = {
  FST_ERR_BAD_URL: [400, 'bad_url', 'The URL is not valid (a broken %-escape?).'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'url_too_long', 'A part of the URL is longer than the server accepts.'],
};

function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, code, message] = frameworkRefusals[error.code] ?? [500, 'internal', 'The server could not complete the request; it is logged.'];
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.code(status).send({ error: code, message });
}

/** Requests Node's HTTP parser refuses (not HTTP, headers too large, too slow): answered on the socket directly. */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'headers_too_large', 'The request headers are larger than the server accepts.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'request_timeout', 'The request did not arrive in time.']
        : [400, 'Bad Request', 'bad_request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ error: code, message });
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** Options for the Fastify constructor, so its own refusals have the project's shape too. */
export const errorShapeOptions = { frameworkErrors, clientErrorHandler } satisfies Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'>;

export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  // Every documented route may answer 503 (the OpenAPI document says so); health has its own.
  app.addHook('onRoute', (route) => {
    const responses = route.schema?.response as Record<string, unknown> | undefined;
    if (responses) responses[503] ??= errorBody;
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.status).send({ error: error.code, message: error.message, ...error.extra });
    }
    if (isStorageUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('Retry-After', String(RETRY_AFTER_SECONDS)).send(storageUnavailable);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        code: issue.keyword,
        message: issue.message ?? issue.keyword,
      }));
      const where = error.validationContext ?? 'request';
      return reply.code(400).send({ error: 'invalid_request', message: `The ${where} does not match the schema.`, problems });
    }
    const known = error.code ? statusByFastifyCode[error.code] : undefined;
    if (known) {
      const [status, code, message] = known;
      return reply.code(status).send({ error: code, message: code === 'body_too_large' ? `${message} Limit: ${request.routeOptions.bodyLimit ?? bodyLimit} bytes.` : message });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      return reply.code(status).send({ error: 'bad_request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'The server could not complete the request; it is logged.' });
  });
}
