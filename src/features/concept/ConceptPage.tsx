import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { conceptStatusTone } from '../../ui/status-tones';
import { useCurrentConcept } from './current-concept';
import { HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function ConceptPage() {
  const { t, i18n } = useTranslation(['concept', 'common']);
  const concept = useCurrentConcept();
  if (concept === undefined) return <Loading />;
  if (concept === null) {
    return (
      <>
        <PageTitle>{t('title')}</PageTitle>
        <p>{t('noConcept')}</p>
      </>
    );
  }
  const lang = i18n.language;
  const from = formatDate(concept.validFrom, lang);

  return (
    <>
      <PageTitle>{concept.title}</PageTitle>
      <dl className="facts card">
        <dt>{t('county')}</dt>
        <dd>{concept.county.name}</dd>
        <dt>{t('status')}</dt>
        <dd>
          <StatusBadge tone={conceptStatusTone[concept.status]}>{t(`common:conceptStatus.${concept.status}`)}</StatusBadge>
        </dd>
        <dt>{t('validity')}</dt>
        <dd>{concept.validTo ? t('validRange', { from, to: formatDate(concept.validTo, lang) }) : t('validOpen', { from })}</dd>
        <dt>{t('adoptedOn')}</dt>
        <dd>{concept.adoptedOn ? formatDate(concept.adoptedOn, lang) : t('notAdopted')}</dd>
      </dl>
      <section className="card" aria-labelledby="concept-vision">
        <h2 id="concept-vision">{t('vision')}</h2>
        <p className="prose-text">{concept.vision || t('noVision')}</p>
      </section>
      <section className="card" aria-labelledby="concept-principles">
        <h2 id="concept-principles">{t('principles')}</h2>
        {concept.principles.length === 0 ? <p>{t('noPrinciples')}</p> : null}
        <ol className="principles">
          {concept.principles.map((principle) => (
            <li key={principle.id}>
              <h3>{principle.title}</h3>
              {principle.text ? <p className="prose-text">{principle.text}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <div className="actions">
        <May kind="concepts" operation="update">
          <Link className="button primary" to={paths.conceptEdit()}>
            {t('edit')}
          </Link>
        </May>
        <HistoryLink kind="concepts" id={concept.id} />
      </div>
    </>
  );
}
