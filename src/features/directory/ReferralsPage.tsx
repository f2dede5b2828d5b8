import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { REFERRAL_SOURCE, countReferrals, monthlyTotals, referralMeasurements } from '../../core/referral-counts';
import type { Write } from '../../db/repository';
import { listActive, saveAll } from '../../db/repository';
import { useEntities, useStoredEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
// Registers the words for entries deleted since ('entries:deletedMark').
import '../../ui/entry-i18n';
import './directory.css';

export function ReferralsPage() {
  const { t } = useTranslation(['directory', 'common']);
  const referrals = useEntities('referrals');
  // Deleted offers too: their counts stay, under the offer's name, marked as deleted.
  const offers = useStoredEntities('offers');
  const municipalities = useEntities('municipalities');
  if (!referrals || !offers || !municipalities) return <Loading />;
  const offerNames = new Map(offers.map((o) => [o.id, o.deleted ? t('entries:deletedMark', { name: o.name }) : o.name]));
  const placeNames = new Map(municipalities.map((m) => [m.id, m.name]));
  const rows = countReferrals(referrals);
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.offers() }, { label: t('referrals.title') }]} />
      <PageTitle>{t('referrals.title')}</PageTitle>
      <p>{t('referrals.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('referrals.none')}</p>
      ) : (
        <table className="directory-table card">
          <thead>
            <tr>
              <th scope="col">{t('referrals.month')}</th>
              <th scope="col">{t('referrals.offer')}</th>
              <th scope="col">{t('referrals.municipality')}</th>
              <th scope="col">{t('referrals.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.month}-${r.offerId}-${r.municipalityId ?? ''}`}>
                <td>{r.month}</td>
                <th scope="row">{offerNames.has(r.offerId) ? <Link to={paths.offer(r.offerId)}>{offerNames.get(r.offerId)}</Link> : t('referrals.unknownOffer')}</th>
                <td>{r.municipalityId ? (placeNames.get(r.municipalityId) ?? r.municipalityId) : t('referral.notGiven')}</td>
                <td className="number">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FeedIndicator />
    </>
  );
}

/** Writes the monthly totals into a monthly indicator, one county-wide measurement per month. */
function FeedIndicator() {
  const { t } = useTranslation(['directory', 'common']);
  const indicators = useEntities('indicators');
  const referrals = useEntities('referrals');
  const [indicatorId, setIndicatorId] = useState('');
  const [message, setMessage] = useState('');
  if (!indicators || !referrals) return <Loading />;
  const monthly = indicators.filter((i) => i.period === 'monthly');
  const totals = monthlyTotals(referrals);

  const apply = async () => {
    if (!indicatorId) return;
    const existing = (await listActive('measurements')).filter((m) => m.indicatorId === indicatorId);
    const plan = referralMeasurements(totals, existing);
    // One transfer, one write: a month that cannot be stored stops all of them.
    const writes: Write<'measurements'>[] = [
      ...plan.create.map((c) => ({ draft: { indicatorId, period: c.period, value: c.value, municipalityId: null, source: REFERRAL_SOURCE, note: '' } })),
      ...plan.update.map((u) => ({ id: u.id, changes: { value: u.value, source: REFERRAL_SOURCE } })),
    ];
    const result = await saveAll('measurements', writes);
    const periods = [...plan.create.map((c) => c.period), ...plan.update.map((u) => existing.find((m) => m.id === u.id)?.period ?? u.id)];
    setMessage(
      result.ok
        ? t('referrals.applied', { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged })
        : t('referrals.failed', { problems: periods[result.index] ?? '' }),
    );
  };

  return (
    <section aria-labelledby="feed-title" className="card">
      <h2 id="feed-title">{t('referrals.feed')}</h2>
      <p>{t('referrals.feedIntro')}</p>
      <h3>{t('referrals.totals')}</h3>
      <ul className="inline-list">
        {totals.map((m) => (
          <li key={m.month}>
            {m.month}: {m.count}
          </li>
        ))}
      </ul>
      {monthly.length === 0 ? (
        <p>{t('referrals.noIndicator')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor="feed-indicator">
              {t('referrals.indicator')}
            </label>
            <select id="feed-indicator" value={indicatorId} onChange={(event) => setIndicatorId(event.target.value)}>
              <option value="">{t('referrals.choose')}</option>
              {monthly.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="button" className="button primary" disabled={!indicatorId || totals.length === 0} onClick={() => void apply()}>
              {t('referrals.apply')}
            </button>
          </div>
        </>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
