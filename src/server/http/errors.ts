// Every refusal is JSON with a machine-readable `error` code and a sentence for people; nothing
// of a server fault (stack, SQL, file names) reaches the client, only the log.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const errorBody = z
  .looseObject({
    error: z.string().describe('Machine-readable reason, e.g. invalid_request, unauthorized, forbidden'),
    message: z.string().describe('The reason in words'),
    problems: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
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

export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.status).send({ error: error.code, message: error.message, ...error.extra });
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
