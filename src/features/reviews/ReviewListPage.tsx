import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { goalsInConceptOrder } from '../../core/goal-order';
import { useEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { NewReviewForm } from './NewReviewForm';
import { ReviewComparison } from './ReviewComparison';
import { byPeriod } from './review-model';
import './reviews.css';
import { May } from '../../ui/may';

export function ReviewListPage() {
  const { t, i18n } = useTranslation(['reviews', 'common']);
  const reviews = useEntities('reviews');
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const measures = useEntities('measures');
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  if (!reviews || !fields || !goals || !measures || !indicators || !measurements) return <Loading />;
  const ordered = [...reviews].sort(byPeriod);
  const lang = i18n.language;
  return (
    <>
      <Breadcrumbs items={[{ label: t('evaluation'), to: paths.evaluation() }, { label: t('title') }]} />
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <section className="card" aria-labelledby="reviews-list">
        <h2 id="reviews-list">{t('list')}</h2>
        {ordered.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="list">
          {[...ordered].reverse().map((review) => (
            <li key={review.id}>
              <Link className="row" to={paths.review(review.id)}>
                <span>
                  {review.title}
                  <br />
                  <span className="meta">
                    {review.closedOn ? t('closedOn', { date: formatDate(review.closedOn, lang) }) : t('opened', { date: formatDate(review.openedOn, lang) })}
                  </span>
                </span>
                <StatusBadge tone={review.status === 'open' ? 'info' : 'neutral'}>{t(`status.${review.status}`)}</StatusBadge>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <May kind="reviews" operation="create">
        <section className="card" aria-labelledby="reviews-new">
          <h2 id="reviews-new">{t('newReview')}</h2>
          <NewReviewForm fields={fields} goals={goals} measures={measures} indicators={indicators} measurements={measurements} />
        </section>
      </May>
      {ordered.length >= 2 ? (
        <section className="card" aria-labelledby="reviews-compare">
          <h2 id="reviews-compare">{t('compare')}</h2>
          <ReviewComparison reviews={ordered} goals={goalsInConceptOrder(goals, fields)} />
        </section>
      ) : null}
    </>
  );
}
