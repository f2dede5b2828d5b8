import { ServerError } from '../../replica/server-api';

const known = ['invalid_credentials', 'account_disabled', 'totp_required', 'totp_invalid', 'totp_setup_required', 'too_many_attempts', 'offline', 'no_server', 'weak_password', 'name_taken'] as const;
export type KnownError = (typeof known)[number];

/** The error's i18n key under errors.*, or null for a reason the app has no words for. */
export function errorKey(error: unknown): KnownError | null {
  if (!(error instanceof ServerError)) return null;
  return (known as readonly string[]).includes(error.code) ? (error.code as KnownError) : null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
