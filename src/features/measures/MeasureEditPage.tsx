import { useTranslation } from '../../ui/i18n';
import { useParams } from 'react-router';
import { useEntities, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { useMeasureTrail } from './measure-trail';
import { MeasureForm } from './MeasureForm';

export function MeasureEditPage() {
  const { measureId } = useParams();
  const { t } = useTranslation('measures');
  const measure = useEntity('measures', measureId);
  const trail = useMeasureTrail(measure);
  const goals = useEntities('goals');
  const fields = useEntities('fieldsOfAction');
  const providers = useEntities('providers');
  const municipalities = useEntities('municipalities');
  if (measure === undefined || !trail || !goals || !fields || !providers || !municipalities) return <Loading />;
  if (measure === null) return <NotFound />;

  return (
    <>
      <Breadcrumbs items={[...trail, { label: measure.title, to: paths.measure(measure.id) }, { label: t('edit.title') }]} />
      <PageTitle>{t('edit.title')}</PageTitle>
      <MeasureForm key={measure.id} measure={measure} goals={goals} fields={fields} providers={providers} municipalities={municipalities} />
    </>
  );
}
