import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import type { Offer } from '../../core/schema';
import { languageName } from '../../core/search/languages';
import { useEntities, useEntitiesWhere, useEntity } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatDate } from '../../ui/format';
import { EntryNotFound } from '../../ui/EntryNotFound';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { OfferHistory } from './OfferHistory';
import { contributingMeasures } from './offer-links';
import { FieldLinks } from './FieldLinks';
import { LocationItem } from './LocationItem';
import { MeasureLinks } from './MeasureLinks';
import { OpeningHours } from './OpeningHours';
import { ReferralButton } from './ReferralButton';
import './directory.css';
import { HistoryAction, HistoryLink } from '../../replica/HistoryLink';
import { May } from '../../ui/may';

export function OfferPage() {
  const { offerId } = useParams();
  const { t } = useTranslation(['directory', 'common']);
  const offer = useEntity('offers', offerId);
  if (offer === undefined) return <Loading />;
  if (offer === null) return <EntryNotFound kind="offers" id={offerId}><HistoryAction kind="offers" id={offerId ?? ''} /></EntryNotFound>;
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.offers() }, { label: offer.name }]} />
      <PageTitle>{offer.name}</PageTitle>
      {offer.archived ? <p className="badge badge-neutral">{t('offer.archived')}</p> : null}
      <div className="actions">
        {offer.archived ? null : (
          <Link className="button primary" to={paths.offerHandout(offer.id)}>
            {t('offer.handout')}
          </Link>
        )}
        <May kind="correctionReports" operation="create">
          <Link className="button" to={paths.offerReport(offer.id)}>
            {t('offer.report')}
          </Link>
        </May>
        <May kind="offers" operation="update">
          <Link className="button" to={paths.offerEdit(offer.id)}>
            {t('offer.edit')}
          </Link>
        </May>
        <HistoryLink kind="offers" id={offer.id} />
      </div>
      <OfferFacts offer={offer} />
      <OfferPlaces offer={offer} />
      <May kind="referrals" operation="create">
        <ReferralButton offerId={offer.id} />
      </May>
      <OfferMeasures offer={offer} />
      <OfferHistory offerId={offer.id} />
    </>
  );
}

function OfferFacts({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation(['directory', 'common']);
  const lang = i18n.language;
  const provider = useEntity('providers', offer.providerId);
  const fields = useEntities('fieldsOfAction');
  const fieldNames = new Map((fields ?? []).map((f) => [f.id, f.name]));
  const none = t('common:states.none');
  const { course } = offer;
  return (
    <section aria-labelledby="facts-title" className="card">
      <h2 id="facts-title">{t('offer.facts')}</h2>
      <dl className="facts">
        <dt>{t('offer.provider')}</dt>
        <dd>{provider ? <Link to={paths.provider(provider.id)}>{provider.name}</Link> : none}</dd>
        <dt>{t('offer.description')}</dt>
        <dd>{offer.description}</dd>
        <dt>{t('offer.keywords')}</dt>
        <dd>{offer.keywords.join(', ') || none}</dd>
        <dt>{t('offer.languages')}</dt>
        <dd>{offer.languages.map((code) => languageName(code, lang)).join(', ') || none}</dd>
        <dt>{t('offer.targetGroups')}</dt>
        <dd>{offer.targetGroups.map((g) => t(`common:targetGroup.${g}`)).join(', ') || none}</dd>
        <dt>{t('offer.fields')}</dt>
        <dd>
          {offer.fieldIds.length === 0 ? (
            none
          ) : (
            <FieldLinks ids={offer.fieldIds} names={fieldNames} />
          )}
        </dd>
        <dt>{t('offer.openingHours')}</dt>
        <dd>
          <OpeningHours slots={offer.openingHours} />
        </dd>
        <dt>{t('offer.cost')}</dt>
        <dd>
          {offer.cost.free ? t('offer.free') : t('offer.paid')}
          {offer.cost.note ? ` – ${offer.cost.note}` : null}
        </dd>
        <dt>{t('offer.eligibility')}</dt>
        <dd>{offer.eligibility || none}</dd>
        <dt>{t('offer.accessibility')}</dt>
        <dd>
          {offer.accessibility.wheelchair ? t('offer.wheelchair') : t('offer.notWheelchair')}
          {offer.accessibility.note ? ` – ${offer.accessibility.note}` : null}
        </dd>
        <dt>{t('offer.contact')}</dt>
        <dd>
          <ul className="inline-list">
            {offer.contact.phone ? (
              <li>
                <a href={`tel:${offer.contact.phone.replace(/[^+\d]/g, '')}`}>{offer.contact.phone}</a>
              </li>
            ) : null}
            {offer.contact.email ? (
              <li>
                <a href={`mailto:${offer.contact.email}`}>{offer.contact.email}</a>
              </li>
            ) : null}
            {offer.contact.website ? (
              <li>
                <a href={offer.contact.website}>{offer.contact.website}</a>
              </li>
            ) : null}
          </ul>
        </dd>
        {offer.practicalNotes ? (
          <>
            <dt>{t('offer.practicalNotes')}</dt>
            <dd>{offer.practicalNotes}</dd>
          </>
        ) : null}
        {course ? (
          <>
            <dt>{t('offer.nextStarts')}</dt>
            <dd>{course.nextStartDates.map((d) => formatDate(d, lang)).join(', ') || none}</dd>
            <dt>{t('offer.freePlaces')}</dt>
            <dd>{course.freePlaces === null ? t('offer.unknown') : course.freePlaces}</dd>
            <dt>{t('offer.waitingList')}</dt>
            <dd>{course.waitingList ? t('offer.yes') : t('offer.no')}</dd>
          </>
        ) : null}
        <dt>{t('offer.lastVerified')}</dt>
        <dd>{formatDate(offer.lastVerified, lang)}</dd>
      </dl>
    </section>
  );
}

function OfferPlaces({ offer }: { offer: Offer }) {
  const { t } = useTranslation(['directory', 'common']);
  const locations = useEntities('locations');
  const municipalities = useEntities('municipalities');
  const names = new Map((municipalities ?? []).map((m) => [m.id, m.name]));
  const own = (locations ?? []).filter((l) => offer.locationIds.includes(l.id));
  return (
    <section aria-labelledby="places-title" className="card">
      <h2 id="places-title">{t('offer.places')}</h2>
      <p>
        {t('offer.municipalities')}:{' '}
        {offer.municipalityIds.length === 0
          ? t('offer.countyWide')
          : offer.municipalityIds.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : null}
                <Link to={paths.municipality(id)}>{names.get(id) ?? id}</Link>
              </span>
            ))}
      </p>
      {own.length > 0 ? (
        <ul className="list">
          {own.map((l) => (
            <LocationItem key={l.id} location={l}>
              <p>
                {l.accessibility.wheelchair ? t('offer.wheelchair') : t('offer.notWheelchair')}
                {l.accessibility.note ? ` – ${l.accessibility.note}` : null}
              </p>
              {l.directions ? <p>{l.directions}</p> : null}
            </LocationItem>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function OfferMeasures({ offer }: { offer: Offer }) {
  const { t } = useTranslation(['directory', 'common']);
  const partnerMeasures = useEntitiesWhere('measures', 'partnerProviderIds', offer.providerId);
  const goals = useEntities('goals');
  const measures = contributingMeasures(offer, partnerMeasures ?? [], goals ?? []);
  return (
    <section aria-labelledby="measures-title" className="card">
      <h2 id="measures-title">{t('offer.measures')}</h2>
      <p>{t('offer.measuresIntro')}</p>
      {measures.length === 0 ? (
        <p>{t('offer.noMeasures')}</p>
      ) : (
        <MeasureLinks measures={measures} />
      )}
    </section>
  );
}
