import { useMemo } from 'react';
import type { HandoutText, HandoutTexts } from '../../core/handout';
import { contactVCard } from '../../core/handout';
import type { Direction } from '../../core/languages';
import type { Location, Offer, Provider } from '../../core/schema';
import { InfoIcon } from '../../ui/icons/InfoIcon';
import type { HandoutLabels } from './handout-labels';
import { isDenseSheet, openingLines } from './handout-format';
import { interpolate } from '../../ui/i18n/translate';
import { qrCodeDataUrl } from '../../ui/qr-code';

/** A printed sheet lists this many places; the screen lists all, the paper says how many more. */
const PRINTED_LOCATIONS = 4;

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

/** German text inside a sheet in another language keeps its own lang and direction. */
function Text({ value, as: Tag = 'p', className }: { value: HandoutText; as?: 'p' | 'h2'; className?: string }) {
  return (
    <Tag className={className} lang={value.lang} dir={value.fallback ? 'ltr' : undefined}>
      {value.text}
    </Tag>
  );
}

function OnlyGerman({ labels, lang, native }: { labels: HandoutLabels; lang: string; native: boolean }) {
  return (
    <p className="handout-fallback" lang={native ? lang : 'de'}>
      <InfoIcon /> {labels.onlyGerman}
    </p>
  );
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
  const dense = isDenseSheet({ description: texts.description.text, notes: texts.practicalNotes.text, costNote, places: locations.length, hours: lines });

  return (
    <article className={dense ? 'handout-sheet handout-dense' : 'handout-sheet'} lang={lang} dir={dir} aria-labelledby="handout-name">
      <header className="handout-head">
        <h2 id="handout-name" className="handout-name" lang={texts.name.lang} dir={texts.name.fallback ? 'ltr' : undefined}>
          {texts.name.text}
        </h2>
        {texts.name.fallback ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
        {provider ? (
          <p className="handout-provider">
            {labels.provider}: <span lang="de">{provider.name}</span>
          </p>
        ) : null}
      </header>
      <section>
        <Text value={texts.description} className="handout-description" />
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
                  <dd dir="ltr">{contact.email}</dd>
                </div>
              ) : null}
              {contact.website ? (
                <div>
                  <dt>{labels.website}</dt>
                  <dd dir="ltr">{contact.website}</dd>
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
            {locations.map((location) => (
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
                    <Text value={german(location.directions)} className="handout-directions" />
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
      <div className="handout-columns">
        <section aria-labelledby="handout-cost">
          <h3 id="handout-cost">{labels.cost}</h3>
          {offer.cost.free ? <p>{labels.free}</p> : null}
          {costNote ? (
            <>
              <Text value={german(costNote)} className="handout-cost-note" />
              {lang !== 'de' ? <OnlyGerman labels={labels} lang={lang} native={native} /> : null}
            </>
          ) : null}
        </section>
        {texts.practicalNotes.text.trim() ? (
          <section aria-labelledby="handout-notes">
            <h3 id="handout-notes">{labels.notes}</h3>
            <Text value={texts.practicalNotes} className="prose-text handout-notes" />
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
