// A new offer belongs to a provider. Opened without one (from the upkeep hub, or by its
// address), the page asks for it first instead of sending the person elsewhere.
import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate } from 'react-router';
import type { Provider } from '../../core/schema';
import { SelectField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/use-form';
import { paths } from '../../ui/paths';

export function ProviderPicker({ providers }: { providers: Provider[] }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  const navigate = useNavigate();
  const form = useForm({
    initial: { providerId: '' },
    validate: (v) => (v.providerId ? [] : [{ path: 'providerId', code: 'required' as const, params: {} }]),
    // Choosing saves nothing: the offer form that follows does.
    onSubmit: () => Promise.resolve(),
  });
  const options = providers
    .filter((p) => !p.archived)
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
    .map((p) => ({ value: p.id, label: p.name }));

  const submit = async (event: React.FormEvent) => {
    if (await form.submit(event)) await navigate(paths.offerNew(form.values.providerId));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <SelectField form={form} name="providerId" label={t('offer.provider')} hint={t('offer.providerHint')} options={[{ value: '', label: t('offer.chooseProvider') }, ...options]} required />
      <div className="actions">
        <button className="button primary" type="submit">
          {t('offer.continue')}
        </button>
        <Link className="button" to={paths.providerNew()}>
          {t('provider.newTitle')}
        </Link>
      </div>
    </form>
  );
}
