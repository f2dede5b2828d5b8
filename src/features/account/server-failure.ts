// What the account screens say when the server refuses or cannot be reached. An expired or
// revoked login marks the connection expired, so the app asks for the password again.
import { useCallback, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { markExpired } from '../../replica/connection';
import { ServerError } from '../../replica/server-api';
import { errorKey, errorMessage } from './error-text';

export function useServerFailure() {
  const { t } = useTranslation('account');
  const [failure, setFailure] = useState<string | null>(null);
  const explain = useCallback(
    async (error: unknown) => {
      if (error instanceof ServerError && error.code === 'invalid_token') await markExpired();
      const key = errorKey(error);
      setFailure(key ? t(`errors.${key}`) : t('errors.other', { message: errorMessage(error) }));
    },
    [t],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { failure, explain, clear };
}
