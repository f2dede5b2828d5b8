import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate } from 'react-router';
import type { FieldOfAction, Goal, Measure, Municipality, Provider } from '../../core/schema';
import { measureStatus, targetGroups } from '../../core/schema';
import { update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';
import type { MeasureValues } from './measure-form-values';
import { measureChanges, measureValues } from './measure-form-values';

type Props = { measure: Measure; goals: Goal[]; fields: FieldOfAction[]; providers: Provider[]; municipalities: Municipality[] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function MeasureForm({ measure, goals, fields, providers, municipalities }: Props) {
  const { t, i18n } = useTranslation(['measures', 'common']);
  const navigate = useNavigate();
  const form = useForm<MeasureValues, Measure>({
    initial: measureValues(measure, i18n.language),
    record: measure,
    valuesOf: (record) => measureValues(record, i18n.language),
    validate: (v) => recordProblems('measures', measure, measureChanges(v)),
    onSubmit: async (v, base) => {
      const result = await update('measures', measure.id, measureChanges(v), { base });
      if (!result.ok) return result.problems;
    },
  });

  const fieldOrder = new Map(fields.map((f) => [f.id, f]));
  const goalOptions = [...goals]
    .sort((a, b) => (fieldOrder.get(a.fieldId)?.order ?? 0) - (fieldOrder.get(b.fieldId)?.order ?? 0) || a.title.localeCompare(b.title))
    .map((goal) => ({ value: goal.id, label: t('edit.goalOption', { goal: goal.title, field: fieldOrder.get(goal.fieldId)?.name ?? '' }) }));
  // Archived providers stay listed only while this measure still names them.
  const providerOptions = providers
    .filter((p) => !p.archived || measure.partnerProviderIds.includes(p.id))
    .sort(byName)
    .map((p) => ({ value: p.id, label: p.name }));
  const municipalityOptions = [...municipalities].sort(byName).map((m) => ({ value: m.id, label: m.name }));
  const groupOptions = targetGroups.map((value) => ({ value, label: t(`common:targetGroup.${value}`) }));
  const statusOptions = measureStatus.options.map((value) => ({ value, label: t(`common:measureStatus.${value}`) }));

  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(paths.measure(measure.id));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <TextField form={form} name="title" label={t('fields.title')} required />
      <TextArea form={form} name="description" label={t('fields.description')} />
      <SelectField form={form} name="status" label={t('fields.status')} options={statusOptions} required />
      <TextField form={form} name="responsibleUnit" label={t('fields.responsibleUnit')} required />
      <CheckboxGroup form={form} name="goalIds" label={t('fields.goalIds')} options={goalOptions} required />
      <CheckboxGroup form={form} name="partnerProviderIds" label={t('fields.partnerProviderIds')} options={providerOptions} />
      <CheckboxGroup form={form} name="targetGroups" label={t('fields.targetGroups')} options={groupOptions} />
      <CheckboxGroup form={form} name="municipalityIds" label={t('fields.municipalityIds')} hint={t('fields.municipalityIdsHint')} options={municipalityOptions} />
      <TextField form={form} name="start" type="date" label={t('fields.start')} />
      <TextField form={form} name="end" type="date" label={t('fields.end')} />
      <TextField form={form} name="staffHoursPerYear" inputMode="decimal" label={t('fields.staffHoursPerYear')} required />
      <TextField form={form} name="budgetPerYear" inputMode="decimal" label={t('fields.budgetPerYear')} hint={t('fields.budgetHint')} required />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <Link className="button" to={paths.measure(measure.id)}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
