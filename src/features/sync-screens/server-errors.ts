// A failed request to the server in the sync screens' words.
import type { TFunction } from '../../ui/i18n';
import { markExpired } from '../../replica/connection';
import { ServerError } from '../../replica/server-api';

export async function explainServerError(t: TFunction<'sync' | 'common'>, error: unknown): Promise<string> {
  if (!(error instanceof ServerError)) return t('errors.other', { message: error instanceof Error ? error.message : String(error) });
  if (error.status === 401) {
    await markExpired();
    return t('errors.login_expired');
  }
  if (error.code === 'offline' || error.code === 'no_server' || error.code === 'forbidden' || error.code === 'not_found') return t(`errors.${error.code}`);
  return t('errors.other', { message: error.message });
}
