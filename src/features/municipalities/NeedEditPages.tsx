import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { useTranslation } from '../../ui/i18n';
import { useParams, useSearchParams } from 'react-router';
import { today } from '../../db/context';
import { useEntities, useEntity } from '../../db/hooks';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { needTitle, readNeedFilter } from './need-query';
import { NeedForm } from './NeedForm';

/** A new need; ?gemeinde= and ?handlungsfeld= choose the municipality and field beforehand. */
export function NeedNewPage() {
  const { t } = useTranslation('municipalities');
  const [params] = useSearchParams();
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  if (!fields || !municipalities) return <Loading />;
  const filter = readNeedFilter(params);
  const preset = {
    fieldId: fields.some((f) => f.id === filter.field) ? filter.field : '',
    municipalityId: municipalities.some((m) => m.id === filter.municipality) ? filter.municipality : '',
    identifiedOn: today(),
  };
  return (
    <>
      <Breadcrumbs items={[{ label: t('needs.title'), to: paths.needs() }, { label: t('needs.newTitle') }]} />
      <PageTitle>{t('needs.newTitle')}</PageTitle>
      <NeedForm
        need={null}
        preset={preset}
        fields={fields}
        municipalities={municipalities}
        cancelTo={preset.municipalityId ? paths.municipality(preset.municipalityId) : paths.needs()}
      />
    </>
  );
}

export function NeedEditPage() {
  const { needId } = useParams();
  const { t } = useTranslation('municipalities');
  const need = useEntity('needs', needId);
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  if (need === undefined || !fields || !municipalities) return <Loading />;
  if (need === null) return <NotFound />;
  return (
    <>
      <Breadcrumbs
        items={[{ label: t('needs.title'), to: paths.needs() }, { label: needTitle(need.description), to: paths.need(need.id) }, { label: t('needs.editTitle') }]}
      />
      <PageTitle>{t('needs.editTitle')}</PageTitle>
      <NeedForm need={need} preset={{}} fields={fields} municipalities={municipalities} cancelTo={paths.need(need.id)} />
    </>
  );
}
