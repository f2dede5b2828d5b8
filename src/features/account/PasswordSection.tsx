// A person changes their own password: the current one, the new one twice. The app names a
// missing, too short or mistyped password itself; a wrong current password or a too common new
// one only the server can tell. The person's other devices must log in again afterwards.
import { useState } from 'react';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLengthProblem } from '../../core/password-length';
import { useTranslation } from '../../ui/i18n';
import { ServerError, serverApi } from '../../replica/server-api';
import { AccountField } from './AccountField';
import { useServerFailure } from './server-failure';
import { Outcome } from './Outcome';

type Values = { current: string; password: string; repeat: string };
type Errors = Partial<Record<keyof Values, string>>;
const empty: Values = { current: '', password: '', repeat: '' };
const inputs = [
  { key: 'current', autoComplete: 'current-password' },
  { key: 'password', autoComplete: 'new-password' },
  { key: 'repeat', autoComplete: 'new-password' },
] as const;

export function PasswordSection({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const [working, setWorking] = useState(false);
  const { failure, explain, clear } = useServerFailure();

  const weakText = (reason: unknown) =>
    reason === 'too_short' || reason === 'too_long' ? t(`password.${reason}`, { min: PASSWORD_MIN, max: PASSWORD_MAX }) : t('password.too_common');

  const check = (v: Values): Errors => {
    const found: Errors = {};
    if (!v.current) found.current = t('connect.required');
    const length = passwordLengthProblem(v.password);
    if (!v.password) found.password = t('connect.required');
    else if (length) found.password = t(`password.${length}`, { min: PASSWORD_MIN, max: PASSWORD_MAX });
    if (!v.repeat) found.repeat = t('connect.required');
    else if (v.repeat !== v.password) found.repeat = t('password.mismatch');
    return found;
  };

  const submit = async () => {
    setDone(false);
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
      await serverApi.changePassword(token, { current: values.current, password: values.password });
      setValues(empty);
      setDone(true);
    } catch (error) {
      if (error instanceof ServerError && error.code === 'wrong_password') setErrors({ current: t('password.wrong') });
      else if (error instanceof ServerError && error.code === 'weak_password') setErrors({ password: weakText(error.details.reason) });
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
        {inputs.map(({ key, autoComplete }) => (
          <AccountField
            key={key}
            id={`password-${key}`}
            label={t(`password.${key}`)}
            type="password"
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
        <Outcome status={done ? t('password.done') : null} failure={failure} />
      </form>
    </section>
  );
}
