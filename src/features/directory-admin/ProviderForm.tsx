import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate } from 'react-router';
import { similarProviders } from '../../core/directory-care';
import type { CorrectionReport, FieldOfAction, Provider } from '../../core/schema';
import { today } from '../../db/context';
import { create } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { CheckboxGroup, TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';
import { fieldOptions, languageOptions, targetGroupOptions } from './choices';
import { ReportNotice, saveEntryEdit } from './correction-link';
import type { ProviderValues } from './entry-form-values';
import { providerChanges, providerValues } from './entry-form-values';

type Props = { provider: Provider | null; providers: Provider[]; fields: FieldOfAction[]; report: CorrectionReport | null };

export function ProviderForm({ provider, providers, fields, report }: Props) {
  const { t, i18n } = useTranslation(['directoryAdmin', 'common']);
  const lang = i18n.language;
  const navigate = useNavigate();
  const [resolution, setResolution] = useState('');
  const [initial] = useState(() => providerValues(provider, today()));
  const savedId = useRef(provider?.id ?? '');
  const form = useForm<ProviderValues, Provider>({
    initial,
    record: provider,
    valuesOf: (stored) => providerValues(stored, today()),
    validate: (v) => recordProblems('providers', provider, providerChanges(v)),
    onSubmit: async (v, base) => {
      if (provider) return saveEntryEdit('providers', provider.id, providerChanges(v), report && { report, resolution: resolution || t('apply.defaultResolution') }, base);
      const result = await create('providers', { ...providerChanges(v), archived: false });
      if (!result.ok) return result.problems;
      savedId.current = result.value.id;
    },
  });

  const { name } = form.values;
  const street = form.values['address.street'];
  const postcode = form.values['address.postcode'];
  const city = form.values['address.city'];
  const similar = useMemo(
    () => similarProviders({ name, address: { street, postcode, city } }, providers, provider?.id),
    [name, street, postcode, city, providers, provider?.id],
  );

  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(report ? paths.corrections() : paths.provider(savedId.current));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {report ? <ReportNotice report={report} resolution={resolution} onResolution={setResolution} /> : null}
      <TextField form={form} name="name" label={t('fields.name')} required />
      {similar.length > 0 ? (
        <div className="duplicate-warning" role="status">
          <p>{t('duplicates.intro', { count: similar.length })}</p>
          <ul>
            {similar.map((match) => (
              <li key={match.provider.id}>
                <Link to={paths.provider(match.provider.id)}>{match.provider.name}</Link>{' '}
                <span className="meta">
                  {match.provider.address ? `${match.provider.address.street}, ${match.provider.address.postcode} ${match.provider.address.city} · ` : ''}
                  {match.reasons.map((r) => t(`duplicates.${r}`)).join(', ')}
                </span>
              </li>
            ))}
          </ul>
          <p className="meta">{t('duplicates.hint')}</p>
        </div>
      ) : null}
      <TextField form={form} name="kind" label={t('fields.kind')} hint={t('fields.kindHint')} />
      <TextArea form={form} name="description" label={t('fields.description')} />
      <fieldset className="field-group">
        <legend>{t('sections.contact')}</legend>
        <TextField form={form} name="contact.phone" type="tel" label={t('fields.phone')} />
        <TextField form={form} name="contact.email" type="email" label={t('fields.email')} />
        <TextField form={form} name="contact.website" type="url" label={t('fields.website')} hint={t('fields.websiteHint')} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('sections.address')}</legend>
        <p className="field-hint">{t('fields.providerAddressHint')}</p>
        <TextField form={form} name="address.street" label={t('fields.street')} />
        <TextField form={form} name="address.postcode" inputMode="numeric" label={t('fields.postcode')} />
        <TextField form={form} name="address.city" label={t('fields.city')} />
      </fieldset>
      <CheckboxGroup form={form} name="languages" label={t('fields.languages')} options={languageOptions(lang, form.values.languages)} />
      <CheckboxGroup form={form} name="targetGroups" label={t('fields.targetGroups')} options={targetGroupOptions((g) => t(`common:targetGroup.${g}`))} />
      <CheckboxGroup form={form} name="fieldIds" label={t('fields.fieldIds')} options={fieldOptions(fields)} />
      {report ? null : <TextField form={form} name="lastVerified" type="date" label={t('fields.lastVerified')} hint={t('fields.lastVerifiedHint')} required />}
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('common:actions.save')}
        </button>
        <Link className="button" to={report ? paths.corrections() : provider ? paths.provider(provider.id) : paths.directoryCare()}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
