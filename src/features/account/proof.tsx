// "Is it really you?": the current password, and the current code where the account has a
// second factor, which the server asks for before a change to how the account logs in (a new
// second factor, the county's requirement switched off, a new password). The server says
// what is missing or wrong; the fields show it beside them, and the code field appears only
// once the server has said the account has a second factor.
import { useCallback, useState } from 'react';
import type { TFunction } from '../../ui/i18n/keys';
import { useTranslation } from '../../ui/i18n';
import { ServerError } from '../../replica/server-api';
import { AccountField } from './AccountField';
import type { Proof } from './account-api';
import { accountText } from './i18n';

type Errors = { current?: string | undefined; totp?: string | undefined };

export function useProof(idPrefix: string, withCode: boolean) {
  const { t } = useTranslation('account');
  const [values, setValues] = useState({ current: '', totp: '' });
  const [askCode, setAskCode] = useState(withCode);
  const [errors, setErrors] = useState<Errors>({});
  const needsCode = askCode || withCode;

  /** Names empty fields beside them and focuses the first; true when the proof can be sent. */
  const check = (): boolean => {
    const found: Errors = {};
    if (!values.current) found.current = t('connect.required');
    if (needsCode && !/^\d{6}$/.test(values.totp.replace(/\s/g, ''))) found.totp = values.totp ? t('totp.codeFormat') : t('connect.required');
    setErrors(found);
    const first = found.current ? 'current' : found.totp ? 'totp' : null;
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
    return first === null;
  };

  /** Shows the server's refusal beside the field it concerns; false when the refusal was about something else. */
  const refused = (error: unknown): boolean => {
    if (!(error instanceof ServerError)) return false;
    const at = (field: keyof Errors, message: string) => {
      setErrors({ [field]: message });
      document.getElementById(`${idPrefix}-${field}`)?.focus();
      return true;
    };
    if (error.code === 'wrong_password' || error.code === 'password_required') return at('current', error.code === 'wrong_password' ? t('password.wrong') : t('connect.required'));
    if (error.code === 'totp_required') {
      setAskCode(true);
      setErrors({ totp: t('proof.totpNeeded') });
      return true;
    }
    if (error.code === 'totp_invalid') return at('totp', t('totp.invalid'));
    return false;
  };

  const proof = (): Proof => ({ current: values.current, ...(needsCode ? { totp: values.totp.replace(/\s/g, '') } : {}) });
  const reset = useCallback(() => {
    setValues({ current: '', totp: '' });
    setErrors({});
  }, []);

  const fields = (
    <>
      <AccountField
        id={`${idPrefix}-current`}
        label={t('proof.current')}
        type="password"
        autoComplete="current-password"
        value={values.current}
        onChange={(current) => setValues({ ...values, current })}
        error={errors.current}
      />
      {needsCode ? (
        <AccountField
          id={`${idPrefix}-totp`}
          label={t('proof.totp')}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={values.totp}
          onChange={(totp) => setValues({ ...values, totp })}
          error={errors.totp}
        />
      ) : null}
    </>
  );
  return { fields, check, refused, proof, reset };
}

const hintKeys = new Set(Object.keys(accountText.de.hints));
type HintKey = keyof typeof accountText.de.hints;

/** What the app says about a refused new password: the reason, and the estimator's hint where the server gave one. */
export function weakPasswordText(t: TFunction<'account'>, details: Record<string, unknown>, limits: { min: number; max: number }): string {
  const { reason, hint } = details;
  if (reason === 'too_short' || reason === 'too_long') return t(`password.${reason}`, limits);
  const base = reason === 'too_weak' ? t('password.too_weak') : t('password.too_common');
  return typeof hint === 'string' && hintKeys.has(hint) ? `${base} ${t(`hints.${hint as HintKey}`)}` : base;
}

/** A refusal for too many wrong passwords or codes, with the minutes to wait. */
export function tooManyText(t: TFunction<'account'>, error: unknown): string | null {
  if (!(error instanceof ServerError) || error.code !== 'too_many_attempts') return null;
  const seconds = typeof error.details.retryAfter === 'number' ? error.details.retryAfter : 900;
  return t('errors.too_many_proofs', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}
