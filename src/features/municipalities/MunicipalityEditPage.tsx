import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { useTranslation } from '../../ui/i18n';
import { Link, useNavigate, useParams } from 'react-router';
import type { Figure, Municipality } from '../../core/schema';
import { useEntity } from '../../db/hooks';
import { update } from '../../db/repository';
import { recordProblems } from '../../ui/form/candidate';
import { TextArea, TextField } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { numberToInput, parseDecimal } from '../../ui/format';
import { Loading, NotFound } from '../../ui/Loading';
import { municipalityName } from '../../ui/municipality-options';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';

const figureKeys = ['population', 'migrationBackground', 'foreignNationals'] as const;
type FigureKey = (typeof figureKeys)[number];

type Values = { name: string; officialKey: string; notes: string } & {
  [K in `${FigureKey}.${'value' | 'date' | 'source'}`]: string;
};

export function MunicipalityEditPage() {
  const { municipalityId } = useParams();
  const municipality = useEntity('municipalities', municipalityId);
  if (municipality === undefined) return <Loading />;
  if (municipality === null) return <NotFound />;
  return <MunicipalityForm municipality={municipality} />;
}

/**
 * A figure from its three inputs: all empty means "no figure". An invented example figure
 * stays marked invented only while it is unchanged; a figure a person typed is theirs.
 */
function figureOf(v: Values, key: FigureKey, previous: Figure | null, lang: string) {
  const value = v[`${key}.value`];
  const date = v[`${key}.date`];
  const source = v[`${key}.source`];
  if (!value.trim() && !date && !source.trim()) return null;
  const unchanged =
    previous !== null && value === numberToInput(previous.value, lang) && date === previous.date && source === previous.source;
  return { value: parseDecimal(value), date: date || undefined, source, invented: unchanged && previous.invented };
}

function MunicipalityForm({ municipality }: { municipality: Municipality }) {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const navigate = useNavigate();
  const lang = i18n.language;
  const name = municipalityName(municipality, (kind) => t(`common:municipalityKind.${kind}`));

  const changesOf = (v: Values) => ({
    name: v.name,
    officialKey: v.officialKey.trim(),
    notes: v.notes,
    population: figureOf(v, 'population', municipality.population, lang),
    migrationBackground: figureOf(v, 'migrationBackground', municipality.migrationBackground, lang),
    foreignNationals: figureOf(v, 'foreignNationals', municipality.foreignNationals, lang),
  });

  const initialFigure = (stored: Municipality, key: FigureKey) => {
    const f = stored[key];
    return {
      [`${key}.value`]: numberToInput(f?.value, lang),
      [`${key}.date`]: f?.date ?? '',
      [`${key}.source`]: f?.source ?? '',
    };
  };

  const valuesOf = (stored: Municipality) =>
    ({
      name: stored.name,
      officialKey: stored.officialKey,
      ...initialFigure(stored, 'population'),
      ...initialFigure(stored, 'migrationBackground'),
      ...initialFigure(stored, 'foreignNationals'),
      notes: stored.notes,
    }) as Values;

  const form = useForm<Values, Municipality>({
    initial: valuesOf(municipality),
    record: municipality,
    valuesOf,
    validate: (v) => recordProblems('municipalities', municipality, changesOf(v)),
    onSubmit: async (v, base) => {
      // Only called once validate() found nothing, so every figure is complete.
      const result = await update('municipalities', municipality.id, changesOf(v) as Partial<Municipality>, { base });
      if (!result.ok) return result.problems;
    },
  });
  const hasInvented = figureKeys.some((key) => municipality[key]?.invented);

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.municipalities() }, { label: name, to: paths.municipality(municipality.id) }, { label: t('common:actions.edit') }]} />
      <PageTitle>{t('editTitle', { name })}</PageTitle>
      <form
        noValidate
        onSubmit={(event) => {
          void form.submit(event).then(async (ok) => {
            if (ok) await navigate(paths.municipality(municipality.id));
          });
        }}
      >
        <TextField form={form} name="name" label={t('form.name')} required />
        <TextField form={form} name="officialKey" label={t('form.officialKey')} hint={t('form.officialKeyHint')} inputMode="numeric" required />
        {hasInvented ? <p className="field-hint">{t('inventedKept')}</p> : null}
        {figureKeys.map((key) => (
          <fieldset key={key} className="field figure-fieldset">
            <legend className="field-label">{t(`figures.${key}`)}</legend>
            <p className="field-hint">{t('form.figureHint')}</p>
            <TextField form={form} name={`${key}.value`} label={t('form.value')} inputMode="decimal" />
            <TextField form={form} name={`${key}.date`} label={t('form.date')} type="date" />
            <TextField form={form} name={`${key}.source`} label={t('form.source')} />
          </fieldset>
        ))}
        <TextArea form={form} name="notes" label={t('form.notes')} />
        <FormErrors form={form} />
        <div className="actions">
          <button className="button primary" type="submit" disabled={form.submitting}>
            {t('common:actions.save')}
          </button>
          <Link className="button" to={paths.municipality(municipality.id)}>
            {t('common:actions.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
