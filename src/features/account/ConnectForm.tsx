// "Connect this device": county, name and password (and the TOTP code once the server asks for
// it). The server is this app's own origin. Nothing on the device changes when it fails.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { saveConnection } from '../../sync/connection';
import { serverApi } from '../../sync/server-api';
import { errorKey, errorMessage } from './error-text';

type Values = { county: string; name: string; password: string; totp: string };

const inputs = [
  { key: 'county', type: 'text', autoComplete: 'organization' },
  { key: 'name', type: 'text', autoComplete: 'username' },
  { key: 'password', type: 'password', autoComplete: 'current-password' },
  { key: 'totp', type: 'text', autoComplete: 'one-time-code' },
] as const;

export function ConnectForm({ county = '', name = '' }: { county?: string; name?: string }) {
  const { t } = useTranslation('account');
  const [values, setValues] = useState<Values>({ county, name, password: '', totp: '' });
  const [missing, setMissing] = useState<(keyof Values)[]>([]);
  const [askTotp, setAskTotp] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async () => {
    const empty = (['county', 'name', 'password'] as const).filter((key) => values[key].trim() === '');
    setMissing(empty);
    if (empty.length > 0) return;
    setWorking(true);
    setFailure(null);
    try {
      const answer = await serverApi.login({ county: values.county.trim(), name: values.name.trim(), password: values.password, ...(askTotp ? { totp: values.totp.trim() } : {}) });
      await saveConnection(values.county.trim().toLowerCase(), values.name.trim().toLowerCase(), answer);
    } catch (error) {
      const key = errorKey(error);
      if (key === 'totp_required') setAskTotp(true);
      setFailure(key ? t(`errors.${key}`) : t('errors.other', { message: errorMessage(error) }));
    } finally {
      setWorking(false);
    }
  };

  const field = (key: keyof Values, label: string, type: string, autoComplete: string, hint?: string) => {
    const id = `connect-${key}`;
    const invalid = missing.includes(key);
    return (
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        <input
          id={id}
          type={type}
          autoComplete={autoComplete}
          value={values[key]}
          aria-invalid={invalid || undefined}
          aria-describedby={[hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ')}
          onChange={(event) => setValues({ ...values, [key]: event.target.value })}
        />
        <p className="field-error" id={`${id}-error`} aria-live="polite">
          {invalid ? t('connect.required') : null}
        </p>
      </div>
    );
  };

  const fields = inputs
    .filter((input) => input.key !== 'totp' || askTotp)
    .map((input) => <div key={input.key}>{field(input.key, t(`connect.${input.key}`), input.type, input.autoComplete, input.key === 'county' ? t('connect.countyHint') : undefined)}</div>);

  return (
    <section className="card" aria-labelledby="connect-heading">
      <h2 id="connect-heading">{t('connect.heading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {fields}
        <div className="actions">
          <button type="submit" className="button primary" disabled={working}>
            {t('connect.submit')}
          </button>
        </div>
        <p role="status">{working ? t('connect.working') : null}</p>
        {failure ? (
          <p className="form-errors" role="alert">
            {failure}
          </p>
        ) : null}
      </form>
    </section>
  );
}
