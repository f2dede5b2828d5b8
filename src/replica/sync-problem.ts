// What a failed sync request means for the person: a problem the status names (with what to
// do), or one refused change that the person decides about while the others go on.
import type { EntityKind } from '../core/schema';
import { entityKinds } from '../core/vocabulary';
import { syncRefusals } from '../core/merge/protocol';
import type { SyncProblem } from './sync-keys';
import { ServerError } from './server-api';

/** A change the server refused whole: by role (403) or as invalid (400 naming the record). */
export type Refusal = {
  kind: EntityKind; id: string; reason: 'forbidden' | 'invalid'; fields: string[];
  /** The server's words (English), kept for logs and notes from before issue 18. */
  message: string;
  /** What is wrong, by code and params, for the screen to word in the person's language. */
  problems?: { path: string; code: string; params?: Record<string, string | number> }[];
};

type ProblemBody = { path?: unknown; code?: unknown; params?: unknown };

function problemsOf(problems: unknown): Refusal['problems'] {
  if (!Array.isArray(problems)) return undefined;
  const found = (problems as ProblemBody[]).flatMap((p) =>
    typeof p.path === 'string' && typeof p.code === 'string'
      ? [{ path: p.path, code: p.code, ...(p.params && typeof p.params === 'object' ? { params: p.params as Record<string, string | number> } : {}) }]
      : [],
  );
  return found.length > 0 ? found : undefined;
}

const invalidCodes = new Set(['invalid_record', 'missing_reference', 'id_mismatch', 'deleted']);

export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ServerError)) return null;
  const { kind, id, fields, problems } = error.details as { kind?: unknown; id?: unknown; fields?: unknown; problems?: unknown };
  if (typeof kind !== 'string' || !(entityKinds as readonly string[]).includes(kind) || typeof id !== 'string') return null;
  const named = { kind: kind as EntityKind, id, fields: Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [] };
  if (error.status === 403 && error.code === 'forbidden') return { ...named, reason: 'forbidden', message: error.message };
  if (error.status === 400 && invalidCodes.has(error.code)) {
    const said = Array.isArray(problems) ? problems.map((p: { message?: unknown }) => (typeof p.message === 'string' ? p.message : '')).filter(Boolean) : [];
    const coded = problemsOf(problems);
    return { ...named, reason: 'invalid', message: said.length > 0 ? said.join(' ') : error.message, ...(coded ? { problems: coded } : {}) };
  }
  return null;
}

export function problemOf(error: unknown): SyncProblem {
  if (!(error instanceof ServerError)) return 'server_error';
  if (error.code === 'offline') return 'offline';
  if (error.code === 'no_server') return 'no_server';
  if (error.status === 401) return 'login_expired';
  if (error.code === syncRefusals.updateApp) return 'update_required';
  if (error.code === syncRefusals.updateServer) return 'update_server';
  if (error.status === 413) return 'too_large';
  return 'server_error';
}
