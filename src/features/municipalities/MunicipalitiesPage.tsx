import { Fragment } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { Municipality } from '../../core/schema';
import { useEntities } from '../../db/hooks';
import { Loading } from '../../ui/Loading';
import { municipalityName } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { FigureText } from './FigureText';

export function MunicipalitiesPage() {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const municipalities = useEntities('municipalities');
  if (!municipalities) return <Loading />;
  const byName = (a: Municipality, b: Municipality) => a.name.localeCompare(b.name, i18n.language);
  const unitary = municipalities.filter((m) => m.kind === 'einheitsgemeinde').sort(byName);
  const collective = municipalities.filter((m) => m.kind === 'verbandsgemeinde').sort(byName);
  const membersOf = (id: string) => municipalities.filter((m) => m.parentId === id).sort(byName);
  const kindLabel = (kind: Municipality['kind']) => t(`common:municipalityKind.${kind}`);

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <div className="actions">
        <Link className="button" to={paths.needs()}>
          {t('toNeeds')}
        </Link>
      </div>
      {municipalities.length === 0 ? <p>{t('empty')}</p> : null}
      {unitary.length > 0 ? (
        <section aria-labelledby="unitary-title" className="card">
          <h2 id="unitary-title">{t('unitary')}</h2>
          <ul className="list">
            {unitary.map((m) => (
              <li key={m.id}>
                <MunicipalityRow municipality={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {collective.length > 0 ? (
        <section aria-labelledby="collective-title" className="card">
          <h2 id="collective-title">{t('collective')}</h2>
          <ul className="list">
            {collective.map((group) => (
              <li key={group.id}>
                <MunicipalityRow municipality={group} />
                <ul className="list members" aria-label={t('membersOf', { name: municipalityName(group, kindLabel) })}>
                  {membersOf(group.id).map((member) => (
                    <li key={member.id}>
                      <MunicipalityRow municipality={member} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function MunicipalityRow({ municipality: m }: { municipality: Municipality }) {
  const { t } = useTranslation(['municipalities', 'common']);
  const name = municipalityName(m, (kind) => t(`common:municipalityKind.${kind}`));
  const figures = [
    { key: 'population', figure: m.population },
    { key: 'migrationBackground', figure: m.migrationBackground },
    { key: 'foreignNationals', figure: m.foreignNationals },
  ] as const;
  return (
    <div className="municipality-row">
      <Link className="municipality-link" to={paths.municipality(m.id)}>
        {name}
      </Link>
      {m.isTown ? <span className="meta"> ({t('town')})</span> : null}
      {figures.every(({ figure }) => figure === null) ? (
        <p className="meta">{t('noFigures')}</p>
      ) : (
        <dl className="figures">
          {figures.map(({ key, figure }) => (
            <Fragment key={key}>
              <dt>{t(`figures.${key}`)}</dt>
              <dd>
                <FigureText figure={figure} />
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
    </div>
  );
}
