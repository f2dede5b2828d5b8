// The coordinator decides whether coordinators need a second factor to log in. The server
// refuses to require it while her own account has none, so she cannot lock herself out.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { ServerError, serverApi } from '../../replica/server-api';
import { useServerFailure } from './server-failure';
import { Outcome } from './Outcome';

export function CountyLoginSection({ token }: { token: string }) {
  const { t } = useTranslation('account');
  // null until the server has said how it stands.
  const [stored, setStored] = useState<boolean | null>(null);
  const [wanted, setWanted] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const { failure, explain, clear } = useServerFailure();

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
    try {
      const settings = await serverApi.setCounty(token, { requireTotp: wanted });
      setStored(settings.requireTotp);
      setSaid(t('county.saved'));
    } catch (error) {
      if (error instanceof ServerError && error.code === 'totp_setup_required') setSaid(t('county.ownFirst'));
      else await explain(error);
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
