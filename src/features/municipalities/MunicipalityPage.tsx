import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import type { Municipality } from '../../core/schema';
import { useEntities, useEntity } from '../../db/hooks';
import { Loading, NotFound } from '../../ui/Loading';
import { municipalityName } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { FigureText } from './FigureText';
import { ActiveHere, NeedsOfMunicipality } from './MunicipalitySections';
import { TopNationalities } from './TopNationalities';
import { HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function MunicipalityPage() {
  const { municipalityId } = useParams();
  const { t } = useTranslation(['municipalities', 'common']);
  const municipality = useEntity('municipalities', municipalityId);
  const municipalities = useEntities('municipalities');
  if (municipality === undefined || !municipalities) return <Loading />;
  if (municipality === null) return <NotFound />;

  const kindLabel = (kind: Municipality['kind']) => t(`common:municipalityKind.${kind}`);
  const name = municipalityName(municipality, kindLabel);
  const parent = municipalities.find((m) => m.id === municipality.parentId) ?? null;
  const members = municipalities.filter((m) => m.parentId === municipality.id).sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('title'), to: paths.municipalities() },
          ...(parent ? [{ label: municipalityName(parent, kindLabel), to: paths.municipality(parent.id) }] : []),
          { label: name },
        ]}
      />
      <PageTitle>{name}</PageTitle>
      <div className="actions">
        <May kind="municipalities" operation="update">
          <Link className="button" to={paths.municipalityEdit(municipality.id)}>
            {t('edit')}
          </Link>
        </May>
        <HistoryLink kind="municipalities" id={municipality.id} />
      </div>
      <section aria-labelledby="facts-title" className="card">
        <h2 id="facts-title">{t('facts')}</h2>
        <dl className="facts">
          <dt>{t('kind')}</dt>
          <dd>
            {kindLabel(municipality.kind)}
            {municipality.isTown ? ` (${t('town')})` : null}
          </dd>
          <dt>{t('officialKey')}</dt>
          <dd>{municipality.officialKey}</dd>
          {parent ? (
            <>
              <dt>{t('parent')}</dt>
              <dd>
                <Link to={paths.municipality(parent.id)}>{municipalityName(parent, kindLabel)}</Link>
              </dd>
            </>
          ) : null}
          {members.length > 0 ? (
            <>
              <dt>{t('members')}</dt>
              <dd>
                <ul className="inline-list">
                  {members.map((m) => (
                    <li key={m.id}>
                      <Link to={paths.municipality(m.id)}>{m.name}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t('figures.population')}</dt>
          <dd>
            <FigureText figure={municipality.population} />
          </dd>
          <dt>{t('figures.migrationBackground')}</dt>
          <dd>
            <FigureText figure={municipality.migrationBackground} />
          </dd>
          <dt>{t('figures.foreignNationals')}</dt>
          <dd>
            <FigureText figure={municipality.foreignNationals} />
          </dd>
          {municipality.notes ? (
            <>
              <dt>{t('notes')}</dt>
              <dd>{municipality.notes}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <TopNationalities municipality={municipality} />
      <NeedsOfMunicipality municipality={municipality} name={name} />
      <ActiveHere municipality={municipality} />
    </>
  );
}
