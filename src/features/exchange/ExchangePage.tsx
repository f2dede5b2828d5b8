import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { May } from '../../ui/may';

export function ExchangePage() {
  const { t } = useTranslation('exchange');
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <ExportSection />
      <May kind="offers" operation="create">
        <ImportSection />
      </May>
    </>
  );
}
