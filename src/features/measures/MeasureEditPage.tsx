import { useTranslation } from '../../ui/i18n';
import { useParams } from 'react-router';
import { useEntities, useEntitiesWhere, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { DeleteSection } from '../../ui/DeleteSection';
import { EntryNotFound } from '../../ui/EntryNotFound';
import { Loading } from '../../ui/Loading';
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
  const indicators = useEntitiesWhere('indicators', 'measureIds', measureId);
  if (measure === undefined || !trail || !goals || !fields || !providers || !municipalities || !indicators) return <Loading />;
  if (measure === null) return <EntryNotFound kind="measures" id={measureId} />;

  return (
    <>
      <Breadcrumbs items={[...trail, { label: measure.title, to: paths.measure(measure.id) }, { label: t('edit.title') }]} />
      <PageTitle>{t('edit.title')}</PageTitle>
      <MeasureForm key={measure.id} measure={measure} goals={goals} fields={fields} providers={providers} municipalities={municipalities} />
      <DeleteSection kind="measures" id={measure.id} name={measure.title} references={indicators.length > 0 ? [t('deleteRefs.indicators', { count: indicators.length })] : []} />
    </>
  );
}
