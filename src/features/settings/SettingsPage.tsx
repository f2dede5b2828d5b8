import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { AuthorSection } from './AuthorSection';
import { ExampleSection } from './ExampleSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { LanguageSection } from './LanguageSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <div className="grid">
        <LanguageSection />
        <AuthorSection />
        <ExportSection />
        <ImportSection />
        <ExampleSection />
      </div>
    </>
  );
}
