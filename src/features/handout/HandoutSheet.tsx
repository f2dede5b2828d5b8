import { Fragment, useMemo } from 'react';
import type { HandoutText, HandoutTexts } from '../../core/handout';
import { contactVCard } from '../../core/handout';
import type { Direction } from '../../core/languages';
import type { Location, Offer, Provider } from '../../core/schema';
import { InfoIcon } from '../../ui/icons/InfoIcon';
import type { HandoutLabels } from './handout-labels';
import { openingLines } from './handout-format';
import { fitSheet, PRINTED_PLACES } from '../../core/handout-fit';
import { interpolate } from '../../ui/i18n/translate';
import { qrCodeDataUrl } from '../../ui/qr-code';

/** A printed sheet lists this many places; the screen lists all, the paper says how many more. */
const PRINTED_LOCATIONS = PRINTED_PLACES;

type Props = {
  offer: Offer;
  provider: Provider | null;
  locations: Location[];
  lang: string;
  dir: Direction;
  texts: HandoutTexts;
  labels: HandoutLabels;
  native: boolean;
};

/**
 * German text inside a sheet in another language keeps its own lang and direction. A text the
 * paper shortens (fitSheet) stays whole on screen; the shortened one is printed instead.
 */
function Text({ value, printed = value.text, className }: { value: HandoutText; printed?: string; className?: string }) {
  return (
    <p className={className} lang={value.lang} dir={value.fallback ? 'ltr' : undefined}>
      <Shortened whole={value.text} printed={printed} />
    </p>
  );
}

function Shortened({ whole, printed }: { whole: string; printed: string }) {
  if (printed === whole) return whole;
  return (
    <>
      <span className="handout-on-screen">{whole}</span>
      <span className="handout-on-paper">{printed}</span>
    </>
  );
}

function OnlyGerman({ labels, lang, native }: { labels: HandoutLabels; lang: string; native: boolean }) {
  return (
    <p className="handout-fallback" lang={native ? lang : 'de'}>
      <InfoIcon /> {labels.onlyGerman}
    </p>
  );
}

/**
 * A web or e-mail address that wraps where a reader expects, after "/", ".", "@" and the like,
 * rather than at any letter (handout.css still wraps anywhere as the last resort).
 */
function breakableAddress(address: string) {
  return address.split(/(?<=[/.@?&=_-])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

export function vcardOf(offer: Offer, provider: Provider | null, locations: Location[], name: string): string {
  const contact = offer.contact.phone || offer.contact.email ? offer.contact : (provider?.contact ?? offer.contact);
  return contactVCard({
    name,
    organisation: provider?.name ?? '',
    phone: contact.phone,
    email: contact.email,
    website: offer.contact.website || provider?.contact.website || '',
    address: locations[0]?.address ?? provider?.address ?? null,
    note: offer.name !== name ? offer.name : '',
  });
}

export function HandoutSheet({ offer, provider, locations, lang, dir, texts, labels, native }: Props) {
  const vcard = vcardOf(offer, provider, locations, texts.name.text);
  const qr = useMemo(() => qrCodeDataUrl(vcard), [vcard]);

  const hours = offer.openingHours.length > 0 ? offer.openingHours : (locations[0]?.openingHours ?? []);
  const lines = openingLines(hours, lang);
  const contact = offer.contact.phone || offer.contact.email || offer.contact.website ? offer.contact : (provider?.contact ?? offer.contact);
  // Without a phone, e-mail or website the heading would stand over nothing on the paper.
  const hasContact = Boolean(contact.phone || contact.email || contact.website);
  const german = (text: string): HandoutText => ({ text, lang: 'de', fallback: lang !== 'de' });
  const costNote = offer.cost.note.trim();
  const fitted = fitSheet({
    name: texts.name.text,
    description: texts.description.text,
    notes: texts.practicalNotes.text,
    costNote,
    places: locations.map((location) => ({ name: location.name, directions: location.directions })),
    hours: lines.map((line) => line.times),
    contact,
    fallbacks: {
      name: texts.name.fallback,
      description: texts.description.fallback,
      notes: texts.practicalNotes.fallback,
      directions: lang !== 'de',
      costNote: lang !== 'de',
    },
  });
  const dense = fitted.dense;

  return (
    <article className={dense ? 'handout-sheet handout-dense' : 'handout-sheet'} lang={lang} dir={dir} aria-labelledby="handout-name">
      <header className="handout-head">
        <h2 id="handout-name" className="handout-name" lang={texts.name.lang} dir={texts.name.fallback ? 'ltr' : undefined}>
          <Shortened whole={texts.name.text} printed={fitted.name} />
        </h2>
        {texts.name.fallback ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
        {provider ? (
          <p className="handout-provider">
            {labels.provider}: <span lang="de">{provider.name}</span>
          </p>
        ) : null}
      </header>
      <section>
        <Text value={texts.description} printed={fitted.description} className="handout-description" />
        {texts.description.fallback ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
      </section>
      <div className="handout-columns">
        <section aria-labelledby="handout-hours">
          <h3 id="handout-hours">{labels.openingHours}</h3>
          {lines.length > 0 ? (
            <dl className="handout-hours">
              {lines.map((line) => (
                <div key={line.day}>
                  <dt>{line.day}</dt>
                  <dd dir="ltr">{line.times}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{labels.hoursUnknown}</p>
          )}
        </section>
        {hasContact ? (
          <section aria-labelledby="handout-contact">
            <h3 id="handout-contact">{labels.contact}</h3>
            <dl className="handout-contact">
              {contact.phone ? (
                <div>
                  <dt>{labels.phone}</dt>
                  <dd dir="ltr">{contact.phone}</dd>
                </div>
              ) : null}
              {contact.email ? (
                <div>
                  <dt>{labels.email}</dt>
                  <dd dir="ltr">{breakableAddress(contact.email)}</dd>
                </div>
              ) : null}
              {contact.website ? (
                <div>
                  <dt>{labels.website}</dt>
                  <dd dir="ltr">{breakableAddress(contact.website)}</dd>
                </div>
              ) : null}
            </dl>
          </section>
        ) : null}
      </div>
      {locations.length > 0 ? (
        <section aria-labelledby="handout-address">
          <h3 id="handout-address">{labels.address}</h3>
          <div className="handout-locations">
            {locations.map((location, index) => (
              <div key={location.id} className="handout-location">
                <p lang="de" dir="ltr">
                  {location.name}
                  <br />
                  {location.address.street}
                  <br />
                  {location.address.postcode} {location.address.city}
                </p>
                {location.accessibility.wheelchair ? <p>♿ {labels.accessible}</p> : null}
                {location.directions ? (
                  <>
                    <h4>{labels.directions}</h4>
                    <Text value={german(location.directions)} printed={fitted.directions[index]} className="handout-directions" />
                    {lang !== 'de' ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
                  </>
                ) : null}
              </div>
            ))}
          </div>
          {locations.length > PRINTED_LOCATIONS ? (
            <p className="handout-more-locations">{interpolate(labels.moreLocations, { count: locations.length - PRINTED_LOCATIONS })}</p>
          ) : null}
        </section>
      ) : null}
      <div className="handout-columns handout-columns-notes">
        <section aria-labelledby="handout-cost">
          <h3 id="handout-cost">{labels.cost}</h3>
          {offer.cost.free ? <p>{labels.free}</p> : null}
          {costNote ? (
            <>
              <Text value={german(costNote)} printed={fitted.costNote} className="handout-cost-note" />
              {lang !== 'de' ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
            </>
          ) : null}
        </section>
        {texts.practicalNotes.text.trim() ? (
          <section aria-labelledby="handout-notes">
            <h3 id="handout-notes">{labels.notes}</h3>
            <Text value={texts.practicalNotes} printed={fitted.notes} className="prose-text handout-notes" />
            {texts.practicalNotes.fallback ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
          </section>
        ) : null}
      </div>
      {qr ? (
        <figure className="handout-qr">
          <img src={qr} alt={labels.qr} width={140} height={140} />
          <figcaption>{labels.qr}</figcaption>
        </figure>
      ) : null}
    </article>
  );
}
