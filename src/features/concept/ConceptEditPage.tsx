import { useTranslation } from '../../ui/i18n';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { ConceptForm } from './ConceptForm';
import { useCurrentConcept } from './current-concept';

export function ConceptEditPage() {
  const { t } = useTranslation('concept');
  const concept = useCurrentConcept();
  if (concept === undefined) return <Loading />;
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.concept() }, { label: t('editTitle') }]} />
      <PageTitle>{t('editTitle')}</PageTitle>
      {concept ? <ConceptForm key={concept.id} concept={concept} /> : <p>{t('noConcept')}</p>}
    </>
  );
}
