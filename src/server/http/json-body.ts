// Every JSON request body, on every route (POST /api/sync included), is refused with 400
// `too_deep` when it nests objects and arrays deeper than MAX_JSON_DEPTH, before it is parsed:
// a value nested thousands deep made JSON.stringify throw a RangeError (500) further on, and
// parsing one costs stack for nothing. The deepest real body is a sync request, about ten
// levels (request → changes → records → kind → list → record → translations → language →
// list → item; a conflict's lost value sits about as deep), so 64 leaves room for records to
// grow while staying far from what breaks the runtime. After the depth check, Fastify's own
// JSON parser runs as before (with its guard against __proto__ and constructor keys).
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors';

export const MAX_JSON_DEPTH = 64;

/** How deep the JSON text nests, counted without parsing it (brackets inside strings do not count); stops early past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

export function limitJsonDepth(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(new ApiError(400, 'too_deep', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays.`, { limit: MAX_JSON_DEPTH }), undefined);
      return;
    }
    // The default parser answers through done; its return value carries nothing.
    void parse(request, text, done);
  });
}
