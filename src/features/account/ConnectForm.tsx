// "Connect this device": county, name and password (and the TOTP code once the server asks for
// it). The server is this app's own origin. Nothing on the device changes when it fails, except
// that a device token from a successful login is kept: with it, someone else's guessing at the
// account cannot lock this device out.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { saveConnection } from '../../replica/connection';
import { AccountField } from './AccountField';
import { accountApi } from './account-api';
import { errorKey, errorMessage } from './error-text';
import { Outcome } from './Outcome';

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
      const answer = await accountApi.login({ county: values.county.trim(), name: values.name.trim(), password: values.password, ...(askTotp ? { totp: values.totp.trim() } : {}) });
      await saveConnection(values.county.trim().toLowerCase(), values.name.normalize('NFC').trim().toLowerCase(), answer);
    } catch (error) {
      const key = errorKey(error);
      if (key === 'totp_required') setAskTotp(true);
      setFailure(key ? t(`errors.${key}`) : t('errors.other', { message: errorMessage(error) }));
    } finally {
      setWorking(false);
    }
  };

  const fields = inputs
    .filter((input) => input.key !== 'totp' || askTotp)
    .map((input) => (
      <AccountField
        key={input.key}
        id={`connect-${input.key}`}
        label={t(`connect.${input.key}`)}
        type={input.type}
        autoComplete={input.autoComplete}
        hint={input.key === 'county' ? t('connect.countyHint') : undefined}
        value={values[input.key]}
        onChange={(value) => setValues({ ...values, [input.key]: value })}
        error={missing.includes(input.key) ? t('connect.required') : null}
      />
    ));

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
        <Outcome status={working ? t('connect.working') : null} failure={failure} />
      </form>
    </section>
  );
}
