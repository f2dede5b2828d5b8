// A failed request to the server in the sync screens' words, in the person's language: the
// server's own message is English and may name an internal id (issue 18: "measurements/35cf…
// breaks a rule"), so each reason is worded here by its code, a refused record by its problems.
import { describeProblem } from '../../core/messages';
import type { TFunction } from '../../ui/i18n';
import { markExpired } from '../../replica/connection';
import { ServerError } from '../../replica/server-api';
import { whyText } from './words';

type Problems = Parameters<typeof whyText>[2];

const roleWords = new Set(['coordinator', 'caseworker']);

export async function explainServerError(t: TFunction<'sync' | 'common'>, error: unknown, lang = 'de'): Promise<string> {
  if (!(error instanceof ServerError)) return t('errors.other', { message: error instanceof Error ? error.message : String(error) });
  if (error.status === 401) {
    await markExpired();
    return t('errors.login_expired');
  }
  const { details } = error;
  if (error.code === 'forbidden' && typeof details.operation === 'string' && typeof details.kind === 'string') {
    // A restore judged with the role of the person whose value it is (conflict-routes.ts).
    const fields = Array.isArray(details.fields) ? details.fields.filter((f): f is string => typeof f === 'string').join(',') : '';
    const role = typeof details.role === 'string' && roleWords.has(details.role) ? details.role : 'caseworker';
    return t('errors.refusedRule', { why: describeProblem({ path: '', code: 'forbidden', params: { role, operation: details.operation, kind: details.kind, fields } }, lang === 'en' ? 'en' : 'de') });
  }
  if (error.code === 'offline' || error.code === 'no_server' || error.code === 'forbidden' || error.code === 'not_found' || error.code === 'already_resolved' || error.code === 'conflict') {
    return t(`errors.${error.code}`);
  }
  if ((error.code === 'invalid_record' || error.code === 'missing_reference') && Array.isArray(details.problems)) {
    return t('errors.refusedRule', { why: whyText(t, lang, details.problems as Problems) });
  }
  return t('errors.refused');
}
