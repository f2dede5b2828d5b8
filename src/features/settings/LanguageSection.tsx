import { useTranslation } from '../../ui/i18n';
import { switchLanguage } from '../../ui/language';

export function LanguageSection() {
  const { t, i18n } = useTranslation(['settings', 'shell']);
  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('language.heading')}</h2>
      <label className="field-label" htmlFor="settings-language-select">
        {t('language.label')}
      </label>
      <select id="settings-language-select" value={i18n.language} onChange={(event) => void switchLanguage(event.target.value === 'en' ? 'en' : 'de')}>
        <option value="de" lang="de">
          {t('shell:languages.de')}
        </option>
        <option value="en" lang="en">
          {t('shell:languages.en')}
        </option>
      </select>
    </section>
  );
}
