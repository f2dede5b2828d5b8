import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { describeProblem } from '../../core/messages';
import type { Measure, MeasureStatus } from '../../core/schema';
import { measureStatus } from '../../core/schema';
import { update } from '../../db/repository';

/** The most frequent edit in the field: a measure starts, pauses or ends. One choice, one button. */
export function StatusChanger({ measure }: { measure: Measure }) {
  const { t, i18n } = useTranslation(['measures', 'common']);
  const lang = i18n.language;
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [message, setMessage] = useState('');

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await update('measures', measure.id, { status });
    setMessage(result.ok ? t('status.saved', { status: t(`common:measureStatus.${status}`) }) : result.problems.map((p) => describeProblem(p, lang)).join(' '));
  };

  return (
    <section className="card" aria-labelledby="measure-status">
      <h2 id="measure-status">{t('status.legend')}</h2>
      <form noValidate onSubmit={(event) => void save(event)}>
        <div className="field">
          <label className="field-label" htmlFor="measure-new-status">
            {t('status.label')}
          </label>
          <select id="measure-new-status" value={status} onChange={(event) => setStatus(event.target.value as MeasureStatus)}>
            {measureStatus.options.map((value) => (
              <option key={value} value={value}>
                {t(`common:measureStatus.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button primary">
            {t('status.save')}
          </button>
        </div>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
