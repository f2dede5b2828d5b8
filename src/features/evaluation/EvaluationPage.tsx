// The evaluation hub: where the concept stands at a glance, and the ways into gaps, reviews,
// the council report and CSV.
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { gapAnalysis } from '../../core/gap-analysis';
import { conceptStatus } from '../../core/rollup';
import { today } from '../../db/context';
import { useEntities } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';

export function EvaluationPage() {
  const { t } = useTranslation('evaluation');
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  const measures = useEntities('measures');
  const municipalities = useEntities('municipalities');
  const needs = useEntities('needs');
  const offers = useEntities('offers');
  if (!fields || !goals || !indicators || !measurements || !measures || !municipalities || !needs || !offers) return <Loading />;

  const rolled = conceptStatus(fields, goals, { indicators, measurements, measures }, today()).flatMap((f) => f.goals);
  const matrix = gapAnalysis({ fields, goals, municipalities, needs, offers, measures });
  const entries = [
    { to: paths.gaps(), title: t('hub.gaps'), text: t('hub.gapsText') },
    { to: paths.reviews(), title: t('hub.reviews'), text: t('hub.reviewsText') },
    { to: paths.report(), title: t('hub.report'), text: t('hub.reportText') },
    { to: paths.csv(), title: t('hub.csv'), text: t('hub.csvText') },
  ];
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <p className="card">
        {t('hub.glance', {
          off_track: rolled.filter((g) => g.status === 'off_track').length,
          at_risk: rolled.filter((g) => g.status === 'at_risk').length,
          gaps: matrix.gaps,
          overlaps: matrix.overlaps,
        })}
      </p>
      <ul className="list card">
        {entries.map((entry) => (
          <li key={entry.to}>
            <Link className="row" to={entry.to}>
              <span>
                {entry.title}
                <br />
                <span className="meta">{entry.text}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
