import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { Municipality } from '../../core/schema';
import { today } from '../../db/context';
import { useEntities, useEntitiesWhere } from '../../db/hooks';
import { create } from '../../db/repository';
import { municipalityOptions } from '../../ui/municipality-options';
import { monthOf } from './offer-links';

/** One tap counts a referral: offer, optional municipality and month, nothing about the person. */
export function ReferralButton({ offerId }: { offerId: string }) {
  const { t, i18n } = useTranslation(['directory', 'common']);
  const municipalities = useEntities('municipalities');
  const referrals = useEntitiesWhere('referrals', 'offerId', offerId);
  const [municipalityId, setMunicipalityId] = useState('');
  const [done, setDone] = useState(false);
  const month = monthOf(today());
  const kindLabel = (kind: Municipality['kind']) => t(`common:municipalityKind.${kind}`);
  const thisMonth = (referrals ?? []).filter((r) => r.month === month).length;

  const count = async () => {
    const result = await create('referrals', { offerId, municipalityId: municipalityId || null, month });
    setDone(result.ok);
  };

  return (
    <section aria-labelledby="referral-title" className="card">
      <h2 id="referral-title">{t('referral.title')}</h2>
      <p>{t('referral.intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor="referral-municipality">
          {t('referral.municipality')}
        </label>
        <select id="referral-municipality" value={municipalityId} onChange={(event) => setMunicipalityId(event.target.value)}>
          {municipalityOptions(municipalities ?? [], i18n.language, kindLabel, t('referral.notGiven')).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void count()}>
          {t('referral.button')}
        </button>
      </div>
      <p role="status">
        {done ? `${t('referral.done')} ` : null}
        {t('referral.thisMonth', { count: thisMonth })}
      </p>
    </section>
  );
}
