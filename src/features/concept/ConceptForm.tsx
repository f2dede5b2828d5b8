import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate } from 'react-router';
import type { Concept } from '../../core/schema';
import { conceptStatus } from '../../core/schema';
import { update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';
import type { ConceptValues } from './concept-form-values';
import { conceptChanges } from './concept-form-values';
import { PrinciplesEditor } from './PrinciplesEditor';

const valuesOf = (concept: Concept): ConceptValues => ({
  title: concept.title,
  status: concept.status,
  validFrom: concept.validFrom,
  validTo: concept.validTo ?? '',
  adoptedOn: concept.adoptedOn ?? '',
  vision: concept.vision,
  principles: concept.principles,
});

export function ConceptForm({ concept }: { concept: Concept }) {
  const { t } = useTranslation(['concept', 'common']);
  const navigate = useNavigate();
  const form = useForm<ConceptValues, Concept>({
    initial: valuesOf(concept),
    record: concept,
    valuesOf,
    validate: (v) => recordProblems('concepts', concept, conceptChanges(v)),
    onSubmit: async (v, base) => {
      const result = await update('concepts', concept.id, conceptChanges(v), { base });
      if (!result.ok) return result.problems;
    },
  });
  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(paths.concept());
  };
  const statusOptions = conceptStatus.options.map((value) => ({ value, label: t(`common:conceptStatus.${value}`) }));

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <TextField form={form} name="title" label={t('fields.title')} required />
      <SelectField form={form} name="status" label={t('fields.status')} options={statusOptions} required />
      <TextField form={form} name="validFrom" type="date" label={t('fields.validFrom')} required />
      <TextField form={form} name="validTo" type="date" label={t('fields.validTo')} hint={t('fields.validToHint')} />
      <TextField form={form} name="adoptedOn" type="date" label={t('fields.adoptedOn')} />
      <TextArea form={form} name="vision" label={t('fields.vision')} rows={6} />
      <PrinciplesEditor form={form} problems={recordProblems('concepts', concept, conceptChanges(form.values))} />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <Link className="button" to={paths.concept()}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
