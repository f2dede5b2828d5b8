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
import { May } from '../../ui/may';

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
        {/* Both replace the whole model: only a role that may write all of it. */}
        <May kind="concepts" operation="create" otherwise={<p className="card">{t('wholeModel')}</p>}>
          <ImportSection />
          <ExampleSection />
        </May>
        <InstallSection />
      </div>
    </>
  );
}
