// Two reviews side by side: each goal's confirmed status in both and how it moved.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { TableScroll } from '../../ui/TableScroll';
import type { Goal, Review } from '../../core/schema';
import { compareReviews } from './review-model';

/** `goals` in the order the review page lists them (goalsInConceptOrder), which the table keeps. */
export function ReviewComparison({ reviews, goals }: { reviews: Review[]; goals: Goal[] }) {
  const { t } = useTranslation('reviews');
  const [earlierId, setEarlierId] = useState(reviews.at(-2)?.id ?? '');
  const [laterId, setLaterId] = useState(reviews.at(-1)?.id ?? '');
  const earlier = reviews.find((r) => r.id === earlierId);
  const later = reviews.find((r) => r.id === laterId);
  const rows = earlier && later && earlier.id !== later.id ? compareReviews(earlier, later, goals) : [];
  const changed = rows.filter((r) => r.change !== 'same').length;
  const status = (s: Review['assessments'][number]['confirmedStatus'] | null) => (s ? t(`goalStatus.${s}`) : t('notAssessed'));
  return (
    <>
      <p>{t('compareHint')}</p>
      <div className="review-compare-choice">
        <label className="field">
          <span className="field-label">{t('earlier')}</span>
          <select value={earlierId} onChange={(e) => setEarlierId(e.target.value)}>
            {reviews.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('later')}</span>
          <select value={laterId} onChange={(e) => setLaterId(e.target.value)}>
            {reviews.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {earlier && later && rows.length > 0 ? (
        <>
          <p role="status">{t('changedCount', { count: changed })}</p>
          <TableScroll label={t('compareTable', { a: earlier.title, b: later.title })}>
            <table className="review-compare">
              <caption>{t('compareTable', { a: earlier.title, b: later.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('goal')}</th>
                  <th scope="col">{earlier.title}</th>
                  <th scope="col">{later.title}</th>
                  <th scope="col">{t('changed')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.goal.id} className={row.change === 'same' ? undefined : 'review-changed'}>
                    <th scope="row">{row.goal.title}</th>
                    <td>{status(row.earlier)}</td>
                    <td>{status(row.later)}</td>
                    <td>{t(row.change === 'notAssessed' ? 'notAssessed' : row.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </>
  );
}
