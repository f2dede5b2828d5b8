// A person sets up their own second factor: the server makes a key, the authenticator app reads
// it from the QR code (or the key is typed in), and a code from the app confirms it. Until the
// code is confirmed, the login works as before; a wrong code changes nothing.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { qrCodeDataUrl } from '../../ui/qr-code';
import { ServerError, serverApi } from '../../replica/server-api';
import { AccountField } from './AccountField';
import { useServerFailure } from './server-failure';
import { Outcome } from './Outcome';

type Enrolment = { secret: string; qr: string };

/** The key in groups of four, as authenticator apps show it and people type it. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function SecondFactorSection({ token }: { token: string }) {
  const { t } = useTranslation('account');
  // null: the server has not said (offline, or still loading).
  const [active, setActive] = useState<boolean | null>(null);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [working, setWorking] = useState(false);
  const { failure, explain, clear } = useServerFailure();

  useEffect(() => {
    let live = true;
    serverApi.session(token).then(
      (session) => live && setActive(session.totp),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [token]);

  const start = async () => {
    clear();
    setDone(false);
    setWorking(true);
    try {
      const { secret, uri } = await serverApi.startTotp(token);
      setEnrolment({ secret, qr: qrCodeDataUrl(uri) });
      setCode('');
      setCodeError(null);
    } catch (error) {
      await explain(error);
    } finally {
      setWorking(false);
    }
  };

  const confirm = async () => {
    clear();
    const typed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(typed)) {
      setCodeError(typed ? t('totp.codeFormat') : t('connect.required'));
      document.getElementById('totp-code')?.focus();
      return;
    }
    setWorking(true);
    try {
      await serverApi.confirmTotp(token, typed);
      setEnrolment(null);
      setActive(true);
      setDone(true);
    } catch (error) {
      if (error instanceof ServerError && error.code === 'totp_invalid') {
        setCodeError(t('totp.invalid'));
        document.getElementById('totp-code')?.focus();
      } else await explain(error);
    } finally {
      setWorking(false);
    }
  };

  const state = active === null ? t('totp.unknown') : active ? t('totp.active') : t('totp.inactive');

  return (
    <section className="card" aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t('totp.heading')}</h2>
      <p>{state}</p>
      {enrolment ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <p>{t('totp.scan')}</p>
          {enrolment.qr ? <img className="totp-qr" src={enrolment.qr} alt={t('totp.qr')} width={180} height={180} /> : null}
          <p>
            {t('totp.secret')}: <code className="totp-secret">{grouped(enrolment.secret)}</code>
          </p>
          <AccountField
            id="totp-code"
            label={t('totp.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(value) => {
              setCode(value);
              setCodeError(null);
            }}
            error={codeError}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={working}>
              {t('totp.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setEnrolment(null)}>
              {t('totp.cancel')}
            </button>
          </div>
        </form>
      ) : active !== null ? (
        <div className="actions">
          <button type="button" className="button" disabled={working} onClick={() => void start()}>
            {active ? t('totp.restart') : t('totp.start')}
          </button>
        </div>
      ) : null}
      <Outcome status={done ? t('totp.done') : null} failure={failure} />
    </section>
  );
}
