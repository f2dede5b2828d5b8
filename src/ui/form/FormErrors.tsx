import { useTranslation } from '../i18n';
import type { FormApi, FormValues } from './use-form';

/** The summary above the buttons: how many entries need correcting, and that nothing was saved. */
export function FormErrors<V extends FormValues>({ form }: { form: FormApi<V> }) {
  const { t } = useTranslation();
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
