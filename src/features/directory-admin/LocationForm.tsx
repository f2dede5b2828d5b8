import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate } from 'react-router';
import type { CorrectionReport, Location, Municipality } from '../../core/schema';
import { today } from '../../db/context';
import { create } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { SelectField, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';
import { placeOptions } from './choices';
import { ReportNotice, saveEntryEdit } from './correction-link';
import type { LocationValues } from './entry-form-values';
import { locationChanges, locationValues } from './entry-form-values';
import { CheckboxField, OpeningHoursEditor } from './form-parts';

type Props = { location: Location | null; providerId: string; municipalities: Municipality[]; report: CorrectionReport | null };

export function LocationForm({ location, providerId, municipalities, report }: Props) {
  const { t, i18n } = useTranslation(['directoryAdmin', 'common']);
  const navigate = useNavigate();
  const [resolution, setResolution] = useState('');
  const [initial] = useState(() => locationValues(location, today()));
  const form = useForm<LocationValues, Location>({
    initial,
    record: location,
    valuesOf: (stored) => locationValues(stored, today()),
    validate: (v) => recordProblems('locations', location, locationChanges(v, providerId)),
    onSubmit: async (v, base) => {
      const changes = locationChanges(v, providerId);
      if (location) return saveEntryEdit('locations', location.id, changes, report && { report, resolution: resolution || t('apply.defaultResolution') }, base);
      const result = await create('locations', { ...changes, archived: false });
      if (!result.ok) return result.problems;
    },
  });
  const places = [{ value: '', label: t('fields.noMunicipality') }, ...placeOptions(municipalities, i18n.language, (kind) => t(`common:municipalityKind.${kind}`))];

  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(report ? paths.corrections() : paths.provider(providerId));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {report ? <ReportNotice report={report} resolution={resolution} onResolution={setResolution} /> : null}
      <TextField form={form} name="name" label={t('fields.name')} required />
      <fieldset className="field-group">
        <legend>{t('sections.address')}</legend>
        <TextField form={form} name="address.street" label={t('fields.street')} required />
        <TextField form={form} name="address.postcode" inputMode="numeric" label={t('fields.postcode')} required />
        <TextField form={form} name="address.city" label={t('fields.city')} required />
        <SelectField form={form} name="municipalityId" label={t('fields.municipalityId')} options={places} />
      </fieldset>
      <TextArea form={form} name="directions" label={t('fields.directions')} hint={t('fields.directionsHint')} rows={3} />
      <OpeningHoursEditor form={form} problems={form.problems} />
      <fieldset className="field-group">
        <legend>{t('sections.accessibility')}</legend>
        <CheckboxField form={form} name="accessibility.wheelchair" label={t('fields.wheelchair')} />
        <TextField form={form} name="accessibility.note" label={t('fields.accessibilityNote')} />
      </fieldset>
      {report ? null : <TextField form={form} name="lastVerified" type="date" label={t('fields.lastVerified')} hint={t('fields.lastVerifiedHint')} required />}
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <Link className="button" to={report ? paths.corrections() : paths.provider(providerId)}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
