// A person changes their own password: the current one, the new one twice (and the current
// code where the account has a second factor: the server asks for it, and the field appears).
// The app names a missing, too short or mistyped password itself; a wrong current password, a
// wrong code or a new one too easy to guess only the server can tell, the last with a hint
// why. Wrong current passwords count like failed logins. The person's other devices must log
// in again afterwards.
import { useState } from 'react';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLengthProblem } from '../../core/password-length';
import { useTranslation } from '../../ui/i18n';
import { ServerError } from '../../replica/server-api';
import { AccountField } from './AccountField';
import { accountApi } from './account-api';
import { tooManyText, weakPasswordText } from './proof';
import { useServerFailure } from './server-failure';
import { Outcome } from './Outcome';

type Values = { current: string; password: string; repeat: string; totp: string };
type Errors = Partial<Record<keyof Values, string>>;
const empty: Values = { current: '', password: '', repeat: '', totp: '' };
const inputs = [
  { key: 'current', autoComplete: 'current-password' },
  { key: 'password', autoComplete: 'new-password' },
  { key: 'repeat', autoComplete: 'new-password' },
  { key: 'totp', autoComplete: 'one-time-code' },
] as const;

export function PasswordSection({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const [working, setWorking] = useState(false);
  // The server asks for the code where the account has a second factor; the field appears then.
  const [askCode, setAskCode] = useState(false);
  const [limited, setLimited] = useState<string | null>(null);
  const { failure, explain, clear } = useServerFailure();

  const check = (v: Values): Errors => {
    const found: Errors = {};
    if (!v.current) found.current = t('connect.required');
    const length = passwordLengthProblem(v.password);
    if (!v.password) found.password = t('connect.required');
    else if (length) found.password = t(`password.${length}`, { min: PASSWORD_MIN, max: PASSWORD_MAX });
    if (!v.repeat) found.repeat = t('connect.required');
    else if (v.repeat !== v.password) found.repeat = t('password.mismatch');
    if (askCode && !/^\d{6}$/.test(v.totp.replace(/\s/g, ''))) found.totp = v.totp ? t('totp.codeFormat') : t('connect.required');
    return found;
  };

  const show = (field: keyof Values, message: string) => {
    setErrors({ [field]: message });
    document.getElementById(`password-${field}`)?.focus();
  };

  const submit = async () => {
    setDone(false);
    setLimited(null);
    clear();
    const found = check(values);
    setErrors(found);
    const first = inputs.find(({ key }) => found[key]);
    if (first) {
      document.getElementById(`password-${first.key}`)?.focus();
      return;
    }
    setWorking(true);
    try {
      await accountApi.changePassword(token, { current: values.current, password: values.password, ...(askCode ? { totp: values.totp.replace(/\s/g, '') } : {}) });
      setValues(empty);
      setAskCode(false);
      setDone(true);
    } catch (error) {
      const tooMany = tooManyText(t, error);
      const code = error instanceof ServerError ? error.code : null;
      if (tooMany) setLimited(tooMany);
      else if (code === 'wrong_password') show('current', t('password.wrong'));
      else if (code === 'totp_required') {
        setAskCode(true);
        setErrors({ totp: t('proof.totpNeeded') });
      } else if (code === 'totp_invalid') show('totp', t('totp.invalid'));
      else if (error instanceof ServerError && code === 'weak_password') show('password', weakPasswordText(t, error.details, { min: PASSWORD_MIN, max: PASSWORD_MAX }));
      else await explain(error);
    } finally {
      setWorking(false);
    }
  };


  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.heading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {inputs.filter(({ key }) => key !== 'totp' || askCode).map(({ key, autoComplete }) => (
          <AccountField
            key={key}
            id={`password-${key}`}
            label={key === 'totp' ? t('proof.totp') : t(`password.${key}`)}
            type={key === 'totp' ? 'text' : 'password'}
            inputMode={key === 'totp' ? 'numeric' : undefined}
            autoComplete={autoComplete}
            hint={key === 'password' ? t('password.hint', { min: PASSWORD_MIN }) : undefined}
            value={values[key]}
            onChange={(value) => {
              setValues({ ...values, [key]: value });
              setDone(false);
            }}
            error={errors[key]}
          />
        ))}
        <div className="actions">
          <button type="submit" className="button primary" disabled={working}>
            {t('password.submit')}
          </button>
        </div>
        <Outcome status={done ? t('password.done') : null} failure={limited ?? failure} />
      </form>
    </section>
  );
}
