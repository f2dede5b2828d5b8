import { useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { Measure, MeasureStatus } from '../../core/schema';
import { measureStatus } from '../../core/schema';
import { update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

/**
 * The most frequent edit in the field: a measure starts, pauses or ends. One choice, one
 * button; a form like any other, so a status picked but not saved is not lost to a link.
 */
export function StatusChanger({ measure }: { measure: Measure }) {
  const { t } = useTranslation(['measures', 'common']);
  const [saved, setSaved] = useState<MeasureStatus | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const form = useForm<{ status: MeasureStatus }, Measure>({
    initial: { status: measure.status },
    record: measure,
    valuesOf: (record) => ({ status: record.status }),
    validate: (v) => recordProblems('measures', measure, v),
    onSubmit: async (v, base) => {
      const result = await update('measures', measure.id, v, { base });
      if (!result.ok) return result.problems;
      setSaved(v.status);
    },
  });
  const options = measureStatus.options.map((value) => ({ value, label: t(`common:measureStatus.${value}`) }));

  return (
    <section className="card" aria-labelledby="measure-status">
      <h2 id="measure-status">{t('status.legend')}</h2>
      {/* The button is disabled while saving, which drops the focus; it takes it back, beside the message. */}
      <form noValidate onSubmit={(event) => void form.submit(event).then((ok) => ok && focusAfterRender(() => saveButton.current))}>
        <SelectField form={form} name="status" label={t('status.label')} options={options} />
        <FormErrors form={form} />
        <div className="actions">
          <button ref={saveButton} type="submit" className="button primary" disabled={form.submitting}>
            {t('status.save')}
          </button>
        </div>
        <p role="status">{saved && !form.dirty ? t('status.saved', { status: t(`common:measureStatus.${saved}`) }) : null}</p>
      </form>
    </section>
  );
}
