import { useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate } from 'react-router';
import type { CorrectionReport, FieldOfAction, Location, Municipality, Offer } from '../../core/schema';
import { today } from '../../db/context';
import { create } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { CheckboxGroup, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';
import { fieldOptions, languageOptions, placeOptions, targetGroupOptions } from './choices';
import { ReportNotice, saveEntryEdit } from './correction-link';
import type { OfferValues } from './entry-form-values';
import { offerChanges, offerValues } from './entry-form-values';
import { CheckboxField, OpeningHoursEditor } from './form-parts';
import { TranslationsEditor } from './TranslationsEditor';

type Props = {
  offer: Offer | null;
  providerId: string;
  locations: Location[];
  fields: FieldOfAction[];
  municipalities: Municipality[];
  report: CorrectionReport | null;
};

export function OfferForm({ offer, providerId, locations, fields, municipalities, report }: Props) {
  const { t, i18n } = useTranslation(['directoryAdmin', 'common']);
  const lang = i18n.language;
  const navigate = useNavigate();
  const [resolution, setResolution] = useState('');
  const [initial] = useState(() => offerValues(offer, today(), i18n.language));
  const savedId = useRef(offer?.id ?? '');
  const form = useForm<OfferValues, Offer>({
    initial,
    record: offer,
    valuesOf: (stored) => offerValues(stored, today(), i18n.language),
    validate: (v) => recordProblems('offers', offer, offerChanges(v, providerId)),
    onSubmit: async (v, base) => {
      const changes = offerChanges(v, providerId);
      if (offer) return saveEntryEdit('offers', offer.id, changes, report && { report, resolution: resolution || t('apply.defaultResolution') }, base);
      const result = await create('offers', { ...changes, archived: false });
      if (!result.ok) return result.problems;
      savedId.current = result.value.id;
    },
  });
  // Archived locations stay choosable only while this offer still names them.
  const locationOptions = locations
    .filter((l) => !l.archived || form.values.locationIds.includes(l.id))
    .map((l) => ({ value: l.id, label: `${l.name} (${l.address.street}, ${l.address.city})` }));

  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(report ? paths.corrections() : paths.offer(savedId.current));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {report ? <ReportNotice report={report} resolution={resolution} onResolution={setResolution} /> : null}
      <TextField form={form} name="name" label={t('fields.name')} required />
      <TextArea form={form} name="description" label={t('fields.description')} required />
      <TextField form={form} name="keywords" label={t('fields.keywords')} hint={t('fields.keywordsHint')} />
      <CheckboxGroup form={form} name="fieldIds" label={t('fields.fieldIds')} options={fieldOptions(fields)} />
      <CheckboxGroup form={form} name="targetGroups" label={t('fields.targetGroups')} options={targetGroupOptions((g) => t(`common:targetGroup.${g}`))} />
      <CheckboxGroup form={form} name="languages" label={t('fields.languages')} hint={t('fields.languagesHint')} options={languageOptions(lang, form.values.languages)} />
      <CheckboxGroup
        form={form}
        name="municipalityIds"
        label={t('fields.municipalityIds')}
        hint={t('fields.municipalityIdsHint')}
        options={placeOptions(municipalities, i18n.language, (kind) => t(`common:municipalityKind.${kind}`))}
      />
      {locationOptions.length > 0 ? <CheckboxGroup form={form} name="locationIds" label={t('fields.locationIds')} options={locationOptions} /> : null}
      <fieldset className="field-group">
        <legend>{t('sections.contact')}</legend>
        <TextField form={form} name="contact.phone" type="tel" label={t('fields.phone')} />
        <TextField form={form} name="contact.email" type="email" label={t('fields.email')} />
        <TextField form={form} name="contact.website" type="url" label={t('fields.website')} hint={t('fields.websiteHint')} />
      </fieldset>
      <OpeningHoursEditor form={form} problems={form.problems} />
      <fieldset className="field-group">
        <legend>{t('sections.cost')}</legend>
        <CheckboxField form={form} name="cost.free" label={t('fields.free')} />
        <TextField form={form} name="cost.note" label={t('fields.costNote')} />
      </fieldset>
      <TextArea form={form} name="eligibility" label={t('fields.eligibility')} rows={2} />
      <fieldset className="field-group">
        <legend>{t('sections.accessibility')}</legend>
        <CheckboxField form={form} name="accessibility.wheelchair" label={t('fields.wheelchair')} />
        <TextField form={form} name="accessibility.note" label={t('fields.accessibilityNote')} />
      </fieldset>
      <TextArea form={form} name="practicalNotes" label={t('fields.practicalNotes')} hint={t('fields.practicalNotesHint')} rows={3} />
      <fieldset className="field-group">
        <legend>{t('sections.course')}</legend>
        <CheckboxField form={form} name="isCourse" label={t('fields.isCourse')} />
        {form.values.isCourse ? (
          <>
            <TextField form={form} name="course.nextStartDates" label={t('fields.nextStartDates')} hint={t('fields.nextStartDatesHint')} />
            <TextField form={form} name="course.freePlaces" inputMode="numeric" label={t('fields.freePlaces')} hint={t('fields.freePlacesHint')} />
            <CheckboxField form={form} name="course.waitingList" label={t('fields.waitingList')} />
          </>
        ) : null}
      </fieldset>
      <TranslationsEditor form={form} problems={form.problems} />
      {report ? null : <TextField form={form} name="lastVerified" type="date" label={t('fields.lastVerified')} hint={t('fields.lastVerifiedHint')} required />}
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <Link className="button" to={report ? paths.corrections() : offer ? paths.offer(offer.id) : paths.provider(providerId)}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
