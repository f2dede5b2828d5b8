import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { saveAuthor } from '../../db/author';
import { useMeta } from '../../db/hooks';

export function AuthorSection() {
  const { t } = useTranslation(['settings', 'common']);
  const stored = useMeta<string>('author');
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const value = name ?? stored ?? '';

  return (
    <section className="card" aria-labelledby="settings-author">
      <h2 id="settings-author">{t('author.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveAuthor(value).then(() => setSaved(true));
        }}
      >
        <label className="field-label" htmlFor="settings-author-name">
          {t('author.label')}
        </label>
        <p className="field-hint" id="settings-author-hint">
          {t('author.hint')}
        </p>
        <input
          id="settings-author-name"
          aria-describedby="settings-author-hint"
          maxLength={200}
          autoComplete="name"
          value={value}
          onChange={(event) => {
            setName(event.target.value);
            setSaved(false);
          }}
        />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('common:actions.save')}
          </button>
        </div>
        <p role="status">{saved ? t('author.saved') : null}</p>
      </form>
    </section>
  );
}
