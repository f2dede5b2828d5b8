import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { AuthorSection } from './AuthorSection';
import { ExampleSection } from './ExampleSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { InstallSection } from './InstallSection';
import { LanguageSection } from './LanguageSection';
import { ServerSection } from './ServerSection';
import { StorageSection } from './StorageSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <div className="grid">
        <LanguageSection />
        <AuthorSection />
        <ServerSection />
        <StorageSection />
        <ExportSection />
        <ImportSection />
        <ExampleSection />
        <InstallSection />
      </div>
    </>
  );
}
