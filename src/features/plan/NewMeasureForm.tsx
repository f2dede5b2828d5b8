import { useTranslation } from '../../ui/i18n';
import { newMeasureDraft } from '../../core/new-measure';
import type { Measure, MeasureStatus } from '../../core/schema';
import { measureStatus } from '../../core/schema';
import { create } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';

type Values = { title: string; responsibleUnit: string; status: MeasureStatus };

/** A new measure for one goal: the rest starts empty (county-wide, no budget yet) and is filled in on its own page. */
function draftOf(goalId: string, v: Values) {
  return newMeasureDraft({ goalIds: [goalId], title: v.title, description: '', status: v.status, responsibleUnit: v.responsibleUnit, progressNotes: [] });
}

type Props = { goalId: string; onSaved: (measure: Measure) => void };

export function NewMeasureForm({ goalId, onSaved }: Props) {
  const { t } = useTranslation(['plan', 'common']);
  const form = useForm<Values>({
    initial: { title: '', responsibleUnit: '', status: 'planned' },
    validate: (v) => recordProblems('measures', null, draftOf(goalId, v)),
    onSubmit: async (v) => {
      const result = await create('measures', draftOf(goalId, v));
      if (!result.ok) return result.problems;
      onSaved(result.value);
    },
  });
  const statuses = measureStatus.options.map((value) => ({ value, label: t(`common:measureStatus.${value}`) }));

  return (
    <form noValidate onSubmit={(event) => void form.submit(event)}>
      <p className="field-hint">{t('goal.addMeasureHint')}</p>
      <TextField form={form} name="title" label={t('measureFields.title')} required />
      <TextField form={form} name="responsibleUnit" label={t('measureFields.responsibleUnit')} required />
      <SelectField form={form} name="status" label={t('measureFields.status')} options={statuses} required />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('goal.addMeasure')}
        </button>
      </div>
    </form>
  );
}
