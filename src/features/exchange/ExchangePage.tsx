import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

export function ExchangePage() {
  const { t } = useTranslation('exchange');
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <ExportSection />
      <ImportSection />
    </>
  );
}
