// Adding and editing a measurement use one form. Besides the schema, a measurement is checked
// against its indicator (the period's shape, a period that has begun, a value its unit allows)
// and its siblings (one value per period and place): core/measurement-rules.ts.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../ui/i18n';
import { measurementRuleProblems, periodExample } from '../../core/measurement-rules';
import type { Draft } from '../../core/records';
import type { Indicator, Measurement, Municipality } from '../../core/schema';
import { today } from '../../db/context';
import { create, update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { numberToInput, parseDecimal } from '../../ui/format';
import { municipalityOptions } from '../../ui/municipality-options';

type Values = { period: string; value: string; municipalityId: string; source: string; note: string };

type Props = {
  indicator: Indicator;
  /** The measurement being edited; null to add one. */
  measurement: Measurement | null;
  /** The indicator's other measurements, for the one-value-per-period check. */
  measurements: Measurement[];
  municipalities: Municipality[];
  onDone: (saved: boolean) => void;
};

export function MeasurementForm({ indicator, measurement, measurements, municipalities, onDone }: Props) {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const changesOf = (v: Values) => ({
    indicatorId: indicator.id,
    // Tablets often capitalise nothing: 2025-q1 is meant as 2025-Q1.
    period: v.period.trim().toUpperCase(),
    value: parseDecimal(v.value),
    municipalityId: indicator.byMunicipality && v.municipalityId ? v.municipalityId : null,
    source: v.source,
    note: v.note,
  });

  const valuesOf = (stored: Measurement | undefined): Values => ({
    period: stored?.period ?? '',
    value: numberToInput(stored?.value, lang),
    municipalityId: stored?.municipalityId ?? '',
    source: stored?.source ?? indicator.dataSource,
    note: stored?.note ?? '',
  });

  const form = useForm<Values, Measurement>({
    initial: valuesOf(measurement ?? undefined),
    record: measurement,
    valuesOf,
    validate: (v) => {
      const changes = changesOf(v);
      return [
        ...recordProblems('measurements', measurement, changes),
        ...measurementRuleProblems(indicator, { ...changes, id: measurement?.id }, measurements, today()),
      ];
    },
    onSubmit: async (v, base) => {
      // Only called once validate() found nothing, so the value is a number.
      const draft = changesOf(v) as Draft<'measurements'>;
      const result = measurement ? await update('measurements', measurement.id, draft, { base }) : await create('measurements', draft);
      if (!result.ok) return result.problems;
    },
  });

  const title = measurement ? t('editMeasurement') : t('addMeasurement');
  return (
    <form
      noValidate
      className="card"
      aria-labelledby="measurement-form-title"
      onSubmit={(event) => {
        void form.submit(event).then((ok) => ok && onDone(true));
      }}
    >
      <h3 id="measurement-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <TextField
        form={form}
        name="period"
        label={t('form.period')}
        hint={t(`form.periodHint.${indicator.period}`, { example: periodExample(indicator.period, today().slice(0, 4)) })}
        required
      />
      <TextField form={form} name="value" label={t('form.value', { unit: indicator.unit })} hint={t('form.valueHint')} inputMode="decimal" required />
      {indicator.byMunicipality ? (
        <SelectField
          form={form}
          name="municipalityId"
          label={t('form.municipalityId')}
          options={municipalityOptions(municipalities, lang, (kind) => t(`common:municipalityKind.${kind}`), t('common:states.countyWide'))}
        />
      ) : null}
      <TextField form={form} name="source" label={t('form.source')} required />
      <TextArea form={form} name="note" label={t('form.note')} rows={2} />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <button className="button" type="button" onClick={() => onDone(false)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
