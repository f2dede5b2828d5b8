// Entries not verified for longer than the set number of months, oldest first. "Noch
// aktuell" records today as the verification date; "Bearbeiten" opens the form.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { readStaleAfterMonths, STALE_AFTER_MONTHS_KEY, staleEntries } from '../../core/directory-care';
import { today } from '../../db/context';
import { useEntities, useMeta } from '../../db/hooks';
import { setMeta, update } from '../../db/repository';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { focusAfterRemoval } from '../../ui/focus-after-removal';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import './directory-admin.css';

type Kind = 'providers' | 'offers' | 'locations';
type Row = { kind: Kind; id: string; name: string; lastVerified: string; edit: string; view: string | null };

export function StaleQueuePage() {
  const { t, i18n } = useTranslation('directoryAdmin');
  const providers = useEntities('providers');
  const offers = useEntities('offers');
  const locations = useEntities('locations');
  const stored = useMeta<number>(STALE_AFTER_MONTHS_KEY);
  const [confirmed, setConfirmed] = useState('');
  if (!providers || !offers || !locations) return <Loading />;
  const months = readStaleAfterMonths(stored);
  const day = today();
  const rows: Row[] = [
    ...staleEntries(offers, day, months).map((o) => ({ kind: 'offers' as const, id: o.id, name: o.name, lastVerified: o.lastVerified, edit: paths.offerEdit(o.id), view: paths.offer(o.id) })),
    ...staleEntries(providers, day, months).map((p) => ({ kind: 'providers' as const, id: p.id, name: p.name, lastVerified: p.lastVerified, edit: paths.providerEdit(p.id), view: paths.provider(p.id) })),
    ...staleEntries(locations, day, months).map((l) => ({ kind: 'locations' as const, id: l.id, name: l.name, lastVerified: l.lastVerified, edit: paths.locationEdit(l.id), view: null })),
  ].sort((a, b) => a.lastVerified.localeCompare(b.lastVerified));

  const stillValid = async (row: Row, button: HTMLElement) => {
    const moveFocus = focusAfterRemoval(button, () => document.querySelector('main h1'));
    const result = await update(row.kind, row.id, { lastVerified: today() });
    if (!result.ok) return;
    setConfirmed(t('stale.confirmed', { name: row.name }));
    moveFocus();
  };

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.directoryCare() }, { label: t('stale.title') }]} />
      <PageTitle>{t('stale.title')}</PageTitle>
      <p>{t('stale.intro', { count: months })}</p>
      <p role="status" className="meta">
        {confirmed}
      </p>
      {rows.length === 0 ? (
        <p>{t('stale.empty')}</p>
      ) : (
        <ul className="list care-list" aria-label={t('stale.listLabel')}>
          {rows.map((row) => (
            <li key={`${row.kind}-${row.id}`} className="care-item">
              <div>
                <strong>{row.view ? <Link to={row.view}>{row.name}</Link> : row.name}</strong>
                <p className="meta">
                  {t(`kind.${row.kind}`)} · {t('stale.lastVerified', { date: formatDate(row.lastVerified, i18n.language) })}
                </p>
              </div>
              <div className="actions">
                <button type="button" className="button primary" aria-label={t('stale.stillValidFor', { name: row.name })} onClick={(event) => void stillValid(row, event.currentTarget)}>
                  {t('stale.stillValid')}
                </button>
                <Link className="button" to={row.edit} aria-label={t('stale.editFor', { name: row.name })}>
                  {t('stale.edit')}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <StaleSetting months={months} />
    </>
  );
}

/** The one setting of the queue: after how many months an entry is due again. */
function StaleSetting({ months }: { months: number }) {
  const { t } = useTranslation('directoryAdmin');
  const [value, setValue] = useState(String(months));
  const [message, setMessage] = useState('');
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const number = Number(value.trim());
    if (readStaleAfterMonths(number) !== number) {
      setMessage(t('stale.settingInvalid'));
      return;
    }
    await setMeta(STALE_AFTER_MONTHS_KEY, number);
    setMessage(t('stale.settingSaved', { count: number }));
  };
  return (
    <form className="card" noValidate onSubmit={(event) => void save(event)} aria-labelledby="stale-setting-title">
      <h2 id="stale-setting-title">{t('stale.settingTitle')}</h2>
      <div className="field">
        <label className="field-label" htmlFor="stale-months">
          {t('stale.settingLabel')}
        </label>
        <input id="stale-months" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} aria-describedby="stale-months-message" />
        <p id="stale-months-message" className="meta" aria-live="polite">
          {message}
        </p>
      </div>
      <button type="submit" className="button">
        {t('stale.settingSave')}
      </button>
    </form>
  );
}
