import { useTranslation } from '../../ui/i18n';
import { useEntitiesWhere } from '../../db/hooks';
import { formatDate } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import type { Tone } from '../../ui/StatusBadge';

const tones: Record<'open' | 'applied' | 'dismissed', Tone> = { open: 'warn', applied: 'good', dismissed: 'neutral' };

/** The entry's history: every correction report about it, newest first, with its outcome. */
export function OfferHistory({ offerId }: { offerId: string }) {
  const { t, i18n } = useTranslation(['directory', 'common']);
  const reports = useEntitiesWhere('correctionReports', 'targetId', offerId);
  const sorted = [...(reports ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="history-title" className="card">
      <h2 id="history-title">{t('offer.history')}</h2>
      {sorted.length === 0 ? (
        <p>{t('offer.noHistory')}</p>
      ) : (
        <ul className="list">
          {sorted.map((r) => (
            <li key={r.id}>
              <p>
                <StatusBadge tone={tones[r.status]}>{t(`common:correctionStatus.${r.status}`)}</StatusBadge> {t('offer.reported', { date: formatDate(r.createdAt, i18n.language) })}
              </p>
              <p>{r.note}</p>
              {r.resolution ? <p>{t('offer.resolution', { text: r.resolution })}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
