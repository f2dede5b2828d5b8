import { useTranslation } from '../i18n';
import { authorName } from '../../db/author';
import type { FormApi, FormValues, StaleEdit } from './use-form';

/** The summary above the buttons: how many entries need correcting, and that nothing was saved. */
export function FormErrors<V extends FormValues>({ form }: { form: FormApi<V> }) {
  const { t } = useTranslation();
  if (form.stale) return <StaleNotice form={form} stale={form.stale} />;
  if (form.errorCount === 0) return <div role="alert" className="form-errors-empty" />;
  return (
    <div role="alert" className="form-errors">
      <p>{t('form.hasErrors', { count: form.errorCount })}</p>
      {form.otherErrors.length > 0 ? (
        <ul>
          {form.otherErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Another edit of the same fields came first: who made it, and the person's two ways on. */
function StaleNotice<V extends FormValues>({ form, stale }: { form: FormApi<V>; stale: StaleEdit }) {
  const { t, i18n } = useTranslation();
  const at = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(stale.at));
  const by = authorName(stale.by);
  return (
    <div role="alert" className="form-errors form-stale">
      <p>{by ? t('form.staleBy', { by, at }) : t('form.staleHere', { at })}</p>
      <div className="actions">
        <button type="button" className="button" onClick={form.takeTheirs}>
          {t('form.takeTheirs')}
        </button>
        <button type="button" className="button" onClick={form.keepMine}>
          {t('form.keepMine')}
        </button>
      </div>
    </div>
  );
}
