import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { Review } from '../../core/schema';
import { update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { TextArea } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';

export function OverallFindingsForm({ review }: { review: Review }) {
  const { t } = useTranslation(['reviews', 'common']);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initial: { findings: review.findings },
    record: review,
    valuesOf: (record: Review) => ({ findings: record.findings }),
    validate: (v) => recordProblems('reviews', review, v).filter((p) => p.path === 'findings'),
    onSubmit: async (v, base) => {
      const result = await update('reviews', review.id, { findings: v.findings }, { base });
      if (!result.ok) return result.problems;
    },
  });
  return (
    <form noValidate onSubmit={(e) => void form.submit(e).then(setSaved)}>
      <TextArea form={form} name="findings" label={t('overallFindings')} rows={5} />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('saveFindings')}
        </button>
        <span role="status">{saved && !form.dirty ? t('findingsSaved') : ''}</span>
      </div>
    </form>
  );
}
