// Needs and gap analysis at /auswertung/bedarfsanalyse: the matrix, then the figures per place.
import { useTranslation } from '../../ui/i18n';
import { gapAnalysis, OVERLAP_MIN } from '../../core/gap-analysis';
import { useEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { GapFigures } from './GapFigures';
import { GapMatrixTable } from './GapMatrixTable';
import './evaluation.css';

export function GapAnalysisPage() {
  const { t } = useTranslation('evaluation');
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const municipalities = useEntities('municipalities');
  const needs = useEntities('needs');
  const offers = useEntities('offers');
  const measures = useEntities('measures');
  if (!fields || !goals || !municipalities || !needs || !offers || !measures) return <Loading />;

  const matrix = gapAnalysis({ fields, goals, municipalities, needs, offers, measures });
  return (
    // Printed on landscape pages (evaluation.css): the matrix has a column per municipality.
    <div className="gap-analysis">
      <Breadcrumbs items={[{ label: t('title'), to: paths.evaluation() }, { label: t('gaps.title') }]} />
      <PageTitle>{t('gaps.title')}</PageTitle>
      <p>{t('gaps.intro')}</p>
      <p>{t('gaps.rules', { min: OVERLAP_MIN })}</p>
      <p className="gap-summary">{t('gaps.summary', { gaps: matrix.gaps, overlaps: matrix.overlaps })}</p>
      {matrix.rows.length === 0 ? <p>{t('gaps.noFields')}</p> : <GapMatrixTable matrix={matrix} />}
      <GapFigures columns={matrix.columns} />
    </div>
  );
}
