// The coordinator decides whether coordinators need a second factor to log in. The server
// refuses to require it while her own account has none, so she cannot lock herself out; and
// switching it off needs her current password and code, so a token alone cannot weaken the
// county's logins. Requiring it ends the sessions of coordinators without one.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { ServerError, serverApi } from '../../replica/server-api';
import { accountApi } from './account-api';
import { tooManyText, useProof } from './proof';
import { useServerFailure } from './server-failure';
import { Outcome } from './Outcome';

export function CountyLoginSection({ token }: { token: string }) {
  const { t } = useTranslation('account');
  // null until the server has said how it stands.
  const [stored, setStored] = useState<boolean | null>(null);
  const [wanted, setWanted] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const { failure, explain, clear } = useServerFailure();
  const identity = useProof('county-proof', false);
  const switchingOff = stored === true && !wanted;

  useEffect(() => {
    let live = true;
    serverApi.county(token).then(
      (settings) => {
        if (!live) return;
        setStored(settings.requireTotp);
        setWanted(settings.requireTotp);
      },
      (error: unknown) => live && void explain(error),
    );
    return () => {
      live = false;
    };
  }, [token, explain]);

  const save = async () => {
    clear();
    setSaid(null);
    if (switchingOff && !identity.check()) return;
    try {
      const settings = await accountApi.setCounty(token, { requireTotp: wanted, ...(switchingOff ? identity.proof() : {}) });
      setStored(settings.requireTotp);
      identity.reset();
      setSaid(t('county.saved'));
    } catch (error) {
      const tooMany = tooManyText(t, error);
      if (tooMany) setSaid(tooMany);
      else if (error instanceof ServerError && error.code === 'totp_setup_required') setSaid(t('county.ownFirst'));
      else if (!identity.refused(error)) await explain(error);
    }
  };

  if (stored === null && !failure) return null;
  return (
    <section className="card" aria-labelledby="county-login">
      <h2 id="county-login">{t('county.heading')}</h2>
      {stored !== null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" checked={wanted} aria-describedby="county-totp-hint" onChange={(event) => setWanted(event.target.checked)} />
              <span>{t('county.requireTotp')}</span>
            </label>
            <p className="field-hint" id="county-totp-hint">
              {t('county.requireTotpHint')}
            </p>
          </div>
          {switchingOff ? (
            <>
              <p>{t('county.confirmOff')}</p>
              {identity.fields}
            </>
          ) : null}
          <div className="actions">
            <button type="submit" className="button" disabled={wanted === stored}>
              {t('county.save')}
            </button>
          </div>
        </form>
      ) : null}
      <Outcome status={said} failure={failure} />
    </section>
  );
}
