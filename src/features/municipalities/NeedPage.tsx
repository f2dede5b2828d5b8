import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import { useEntities, useEntity } from '../../db/hooks';
import { formatDate } from '../../ui/format';
import { Loading, NotFound } from '../../ui/Loading';
import { municipalityName } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { needTitle } from './need-query';
import { NeedStatusBadge } from './NeedListItem';
import { HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function NeedPage() {
  const { needId } = useParams();
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const need = useEntity('needs', needId);
  const fields = useEntities('fieldsOfAction');
  const municipalities = useEntities('municipalities');
  if (need === undefined || !fields || !municipalities) return <Loading />;
  if (need === null) return <NotFound />;

  const lang = i18n.language;
  const field = fields.find((f) => f.id === need.fieldId);
  const municipality = municipalities.find((m) => m.id === need.municipalityId);
  const title = needTitle(need.description);

  return (
    <>
      <Breadcrumbs items={[{ label: t('needs.title'), to: paths.needs() }, { label: title }]} />
      <PageTitle>{title}</PageTitle>
      <div className="actions">
        <May kind="needs" operation="update">
          <Link className="button" to={paths.needEdit(need.id)}>
            {t('needs.edit')}
          </Link>
        </May>
        <HistoryLink kind="needs" id={need.id} />
      </div>
      <section className="card" aria-labelledby="need-facts-title">
        <h2 id="need-facts-title">{t('facts')}</h2>
        <dl className="facts">
          <dt>{t('needs.status')}</dt>
          <dd>
            <NeedStatusBadge status={need.status} />
          </dd>
          <dt>{t('needs.description')}</dt>
          <dd className="prewrap">{need.description}</dd>
          <dt>{t('needs.field')}</dt>
          <dd>{field ? <Link to={paths.field(field.id)}>{field.name}</Link> : t('needs.unknownField')}</dd>
          <dt>{t('needs.municipality')}</dt>
          <dd>
            {municipality ? (
              <Link to={paths.municipality(municipality.id)}>{municipalityName(municipality, (kind) => t(`common:municipalityKind.${kind}`))}</Link>
            ) : (
              t('common:states.countyWide')
            )}
          </dd>
          <dt>{t('needs.targetGroups')}</dt>
          <dd>{need.targetGroups.length > 0 ? need.targetGroups.map((g) => t(`common:targetGroup.${g}`)).join(', ') : t('common:states.none')}</dd>
          <dt>{t('needs.priority')}</dt>
          <dd>{t(`common:priority.${need.priority}`)}</dd>
          <dt>{t('needs.source')}</dt>
          <dd>{t(`common:needSource.${need.source}`)}</dd>
          <dt>{t('needs.identifiedOn')}</dt>
          <dd>{formatDate(need.identifiedOn, lang)}</dd>
        </dl>
      </section>
    </>
  );
}
