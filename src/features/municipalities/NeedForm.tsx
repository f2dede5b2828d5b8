// One form for a new need and for editing one. Empty choices become absent values, so the
// schema reports them as required rather than as malformed ids or dates.
import { useRef } from 'react';
import { useTranslation } from '../../ui/i18n';
import { useNavigate } from 'react-router';
import type { Draft } from '../../core/records';
import type { FieldOfAction, Municipality, Need } from '../../core/schema';
import { needSource, needStatus, priority, targetGroups } from '../../core/schema';
import { create, update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { municipalityOptions } from '../../ui/municipality-options';
import { paths } from '../../ui/paths';

type Values = {
  fieldId: string;
  municipalityId: string;
  targetGroups: string[];
  description: string;
  priority: string;
  source: string;
  identifiedOn: string;
  status: string;
};

type Props = {
  /** The need being edited; null for a new one. */
  need: Need | null;
  /** Starting values for a new need (chosen municipality, field of action, today's date). */
  preset: Partial<Values>;
  fields: FieldOfAction[];
  municipalities: Municipality[];
  cancelTo: string;
};

export function NeedForm({ need, preset, fields, municipalities, cancelTo }: Props) {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const navigate = useNavigate();
  // The id to show after saving: a new need only has one once the repository stored it.
  const savedId = useRef(need?.id ?? '');

  const changesOf = (v: Values) => ({
    fieldId: v.fieldId || undefined,
    municipalityId: v.municipalityId || null,
    targetGroups: v.targetGroups,
    description: v.description,
    priority: v.priority,
    source: v.source,
    identifiedOn: v.identifiedOn || undefined,
    status: v.status,
  });

  const valuesOf = (stored: Need | undefined): Values => ({
    fieldId: stored?.fieldId ?? '',
    municipalityId: stored?.municipalityId ?? '',
    targetGroups: stored?.targetGroups ?? [],
    description: stored?.description ?? '',
    priority: stored?.priority ?? 'medium',
    source: stored?.source ?? 'survey',
    identifiedOn: stored?.identifiedOn ?? '',
    status: stored?.status ?? 'open',
    ...(stored ? {} : preset),
  });

  const form = useForm<Values, Need>({
    initial: valuesOf(need ?? undefined),
    record: need,
    valuesOf,
    validate: (v) => recordProblems('needs', need, changesOf(v)),
    onSubmit: async (v, base) => {
      // Only called once validate() found nothing, so every choice is made.
      const draft = changesOf(v) as Draft<'needs'>;
      const result = need ? await update('needs', need.id, draft, { base }) : await create('needs', draft);
      if (!result.ok) return result.problems;
      savedId.current = result.value.id;
    },
  });

  const orderedFields = [...fields].sort((a, b) => a.order - b.order);
  const choose = { value: '', label: t('needs.choose') };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void form.submit(event).then(async (ok) => {
          if (ok) await navigate(paths.need(savedId.current));
        });
      }}
    >
      <SelectField
        form={form}
        name="fieldId"
        label={t('needs.field')}
        required
        options={[choose, ...orderedFields.map((f) => ({ value: f.id, label: f.name }))]}
      />
      <SelectField
        form={form}
        name="municipalityId"
        label={t('needs.municipality')}
        options={municipalityOptions(municipalities, i18n.language, (kind) => t(`common:municipalityKind.${kind}`), t('common:states.countyWide'))}
      />
      <TextArea form={form} name="description" label={t('needs.description')} required rows={5} />
      <CheckboxGroup
        form={form}
        name="targetGroups"
        label={t('needs.targetGroups')}
        options={targetGroups.map((g) => ({ value: g, label: t(`common:targetGroup.${g}`) }))}
      />
      <SelectField
        form={form}
        name="priority"
        label={t('needs.priority')}
        required
        options={priority.options.map((p) => ({ value: p, label: t(`common:priority.${p}`) }))}
      />
      <SelectField
        form={form}
        name="source"
        label={t('needs.source')}
        required
        options={needSource.options.map((s) => ({ value: s, label: t(`common:needSource.${s}`) }))}
      />
      <TextField form={form} name="identifiedOn" label={t('needs.identifiedOn')} type="date" required />
      <SelectField
        form={form}
        name="status"
        label={t('needs.status')}
        required
        options={needStatus.options.map((s) => ({ value: s, label: t(`common:needStatus.${s}`) }))}
      />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <button className="button" type="button" onClick={() => void navigate(cancelTo)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
