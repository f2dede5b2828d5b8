// A one-page hand-out of an offer in the client's language: printed on A4 or shared as
// text. The sheet carries lang and dir of the chosen language, so Arabic or Farsi reads and
// prints right to left; each text that only exists in German says so, in the client's
// language where we have the words.
import { useTranslation } from '../../ui/i18n';
import { Link, useParams, useSearchParams } from 'react-router';
import { handoutLanguageChoices, handoutTexts } from '../../core/handout';
import { directionOf, enterableLanguages, languageLabel } from '../../core/languages';
import { useEntities, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Loading, NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { HandoutSheet } from './HandoutSheet';
import { ShareActions } from './ShareActions';
import { handoutLabels } from './handout-labels';
import './handout.css';

export const LANGUAGE_PARAM = 'sprache';

export function HandoutPage() {
  const { offerId } = useParams();
  const { t, i18n } = useTranslation('handout');
  const ui = i18n.language;
  const [params, setParams] = useSearchParams();
  const offer = useEntity('offers', offerId);
  const provider = useEntity('providers', offer?.providerId);
  const allLocations = useEntities('locations');
  if (offer === undefined || provider === undefined || !allLocations) return <Loading />;
  if (offer === null) return <NotFound />;
  if (offer.archived) return <ArchivedOffer name={offer.name} id={offer.id} />;

  const lang = params.get(LANGUAGE_PARAM)?.trim() || 'de';
  const choices = handoutLanguageChoices(offer, enterableLanguages.map((l) => l.tag));
  const known = [...choices.translated, ...choices.others];
  const locations = allLocations.filter((l) => offer.locationIds.includes(l.id) && !l.archived);
  const texts = handoutTexts(offer, lang);
  const { labels, native } = handoutLabels(lang);

  return (
    <>
      <Breadcrumbs items={[{ label: offer.name, to: paths.offer(offer.id) }, { label: t('title') }]} />
      <PageTitle>{t('pageTitle', { name: offer.name })}</PageTitle>
      <div className="handout-controls">
        <label className="field-label" htmlFor="handout-language">
          {t('language')}
        </label>
        <select
          id="handout-language"
          value={lang}
          onChange={(event) => setParams({ [LANGUAGE_PARAM]: event.target.value }, { replace: true })}
        >
          {choices.translated.length > 0 ? (
            <optgroup label={t('translated')}>
              {choices.translated.map((tag) => (
                <option key={tag} value={tag}>
                  {languageLabel(tag, ui)}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t('otherLanguages')}>
            {choices.others.map((tag) => (
              <option key={tag} value={tag}>
                {languageLabel(tag, ui)}
              </option>
            ))}
          </optgroup>
          {known.includes(lang) ? null : <option value={lang}>{lang}</option>}
        </select>
        {lang !== 'de' && !choices.translated.includes(lang) ? <p className="meta">{t('noTranslation')}</p> : null}
        {!native ? <p className="meta">{t('noLabels')}</p> : null}
      </div>
      <HandoutSheet offer={offer} provider={provider} locations={locations} lang={lang} dir={directionOf(lang)} texts={texts} labels={labels} native={native} />
      <ShareActions offer={offer} provider={provider} locations={locations} lang={lang} texts={texts} labels={labels} />
    </>
  );
}

/** An archived offer is gone from search and hand-outs: an old link or bookmark says so. */
function ArchivedOffer({ name, id }: { name: string; id: string }) {
  const { t } = useTranslation('handout');
  return (
    <>
      <Breadcrumbs items={[{ label: name, to: paths.offer(id) }, { label: t('title') }]} />
      <PageTitle>{t('pageTitle', { name })}</PageTitle>
      <p role="status">{t('archived')}</p>
      <p>
        <Link to={paths.offer(id)}>{t('backToOffer')}</Link>
      </p>
    </>
  );
}
