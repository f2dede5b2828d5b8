import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { useEntities } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { measuresOfField } from './plan-counts';

export function FieldsPage() {
  const { t } = useTranslation('plan');
  const fields = useEntities('fieldsOfAction');
  const goals = useEntities('goals');
  const measures = useEntities('measures');
  if (!fields || !goals || !measures) return <Loading />;
  const ordered = [...fields].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      {ordered.length === 0 ? <p>{t('empty')}</p> : null}
      <ol className="list card">
        {ordered.map((field) => (
          <li key={field.id}>
            <Link className="row" to={paths.field(field.id)}>
              <span>{field.name}</span>
              <span className="meta">
                {t('fieldMeta', {
                  goals: t('goalCount', { count: goals.filter((g) => g.fieldId === field.id).length }),
                  measures: t('measureCount', { count: measuresOfField(measures, goals, field.id).length }),
                })}
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <p>
        <Link to={paths.measures()}>{t('allMeasures')}</Link>
      </p>
    </>
  );
}
