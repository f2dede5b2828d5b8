import { useTranslation } from '../../ui/i18n';
import type { Goal, Priority } from '../../core/schema';
import { priority } from '../../core/schema';
import { create, update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';

type Values = { title: string; description: string; priority: Priority; targetDate: string };

const valuesOf = (goal: Goal | undefined): Values => ({
  title: goal?.title ?? '',
  description: goal?.description ?? '',
  priority: goal?.priority ?? 'medium',
  targetDate: goal?.targetDate ?? '',
});

const changesOf = (v: Values) => ({ title: v.title, description: v.description, priority: v.priority, targetDate: v.targetDate || null });

type Props = {
  fieldId: string;
  /** The goal to edit; without it the form adds a new goal to the field. */
  goal?: Goal;
  onSaved: (goal: Goal) => void;
};

export function GoalForm({ fieldId, goal, onSaved }: Props) {
  const { t } = useTranslation(['plan', 'common']);
  const form = useForm<Values, Goal>({
    initial: valuesOf(goal),
    record: goal,
    valuesOf,
    validate: (v) => recordProblems('goals', goal, { ...changesOf(v), fieldId }),
    onSubmit: async (v, base) => {
      const result = goal ? await update('goals', goal.id, changesOf(v), { base }) : await create('goals', { ...changesOf(v), fieldId });
      if (!result.ok) return result.problems;
      onSaved(result.value);
    },
  });
  const priorities = priority.options.map((value) => ({ value, label: t(`common:priority.${value}`) }));

  return (
    <form noValidate onSubmit={(event) => void form.submit(event)}>
      <TextField form={form} name="title" label={t('goalFields.title')} required />
      <TextArea form={form} name="description" label={t('goalFields.description')} />
      <SelectField form={form} name="priority" label={t('goalFields.priority')} options={priorities} required />
      <TextField form={form} name="targetDate" type="date" label={t('goalFields.targetDate')} />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {goal ? t('common:actions.save') : t('field.addGoal')}
        </button>
      </div>
    </form>
  );
}
