// Print, copy and share. The share text is the same content as the sheet, as plain lines;
// navigator.share appears only where the browser offers it (most phones and tablets).
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { HandoutTexts } from '../../core/handout';
import { shareText } from '../../core/handout';
import type { Location, Offer, Provider } from '../../core/schema';
import type { HandoutLabels } from './handout-labels';
import { openingLines } from './handout-format';

type Props = { offer: Offer; provider: Provider | null; locations: Location[]; lang: string; texts: HandoutTexts; labels: HandoutLabels };

export function buildShareText({ offer, provider, locations, lang, texts, labels }: Props): string {
  const location = locations[0];
  const contact = offer.contact.phone || offer.contact.email || offer.contact.website ? offer.contact : (provider?.contact ?? offer.contact);
  const hours = offer.openingHours.length > 0 ? offer.openingHours : (location?.openingHours ?? []);
  return shareText({
    texts,
    providerName: provider?.name ?? '',
    address: location ? [location.name, location.address.street, `${location.address.postcode} ${location.address.city}`] : [],
    directions: location?.directions ?? '',
    openingHours: openingLines(hours, lang).map((line) => `${line.day} ${line.times}`),
    phone: contact.phone,
    email: contact.email,
    website: contact.website,
    labels,
  });
}

export function ShareActions(props: Props) {
  const { t } = useTranslation('handout');
  const [status, setStatus] = useState('');
  const text = buildShareText(props);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: props.texts.name.text, text });
    } catch {
      // The person closed the share sheet; nothing to report.
    }
  };

  return (
    <section className="handout-controls" aria-labelledby="handout-share-title">
      <h2 id="handout-share-title">{t('shareTitle')}</h2>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        {canShare ? (
          <button type="button" className="button" onClick={() => void share()}>
            {t('share')}
          </button>
        ) : null}
      </div>
      <p role="status">{status}</p>
      <details>
        <summary>{t('showText')}</summary>
        <label className="field-label" htmlFor="handout-share-text">
          {t('shareText')}
        </label>
        <textarea id="handout-share-text" readOnly rows={10} value={text} lang={props.lang} dir="auto" />
      </details>
    </section>
  );
}
