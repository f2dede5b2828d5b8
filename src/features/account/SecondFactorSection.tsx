// A person sets up their own second factor: first the current password (and the current code,
// when replacing one) confirm it is them, then the server makes a key, the authenticator app
// reads it from the QR code (or the key is typed in), and a code from the app confirms it.
// Until the code is confirmed, the login works as before; a wrong code changes nothing.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { qrCodeDataUrl } from '../../ui/qr-code';
import { ServerError, serverApi } from '../../replica/server-api';
import { AccountField } from './AccountField';
import { accountApi } from './account-api';
import { tooManyText, useProof } from './proof';
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
  const [confirming, setConfirming] = useState(false);
  const [limited, setLimited] = useState<string | null>(null);
  const { failure, explain, clear } = useServerFailure();
  const identity = useProof('totp-proof', active === true);

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
    setLimited(null);
    setDone(false);
    if (!identity.check()) return;
    setWorking(true);
    try {
      const { secret, uri } = await accountApi.startTotp(token, identity.proof());
      setEnrolment({ secret, qr: qrCodeDataUrl(uri) });
      setConfirming(false);
      identity.reset();
      setCode('');
      setCodeError(null);
    } catch (error) {
      const tooMany = tooManyText(t, error);
      if (tooMany) setLimited(tooMany);
      else if (!identity.refused(error)) await explain(error);
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
      ) : confirming ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <p>{active ? t('totp.confirmRestart') : t('totp.confirmStart')}</p>
          {identity.fields}
          <div className="actions">
            <button type="submit" className="button primary" disabled={working}>
              {t('totp.continue')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                identity.reset();
              }}
            >
              {t('totp.cancel')}
            </button>
          </div>
        </form>
      ) : active !== null ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {active ? t('totp.restart') : t('totp.start')}
          </button>
        </div>
      ) : null}
      <Outcome status={done ? t('totp.done') : null} failure={limited ?? failure} />
    </section>
  );
}
