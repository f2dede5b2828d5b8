import { useTranslation } from '../../ui/i18n';
import { Link, useParams, useSearchParams } from 'react-router';
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
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={paths.needs()}>{t('needs.title')}</Link>
          </li>
          <li aria-current="page">{t('needs.newTitle')}</li>
        </ol>
      </nav>
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
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={paths.needs()}>{t('needs.title')}</Link>
          </li>
          <li>
            <Link to={paths.need(need.id)}>{needTitle(need.description)}</Link>
          </li>
          <li aria-current="page">{t('needs.editTitle')}</li>
        </ol>
      </nav>
      <PageTitle>{t('needs.editTitle')}</PageTitle>
      <NeedForm need={need} preset={{}} fields={fields} municipalities={municipalities} cancelTo={paths.need(need.id)} />
    </>
  );
}
