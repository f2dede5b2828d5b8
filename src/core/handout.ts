// What a client's hand-out says, in their language. Each text is taken from the offer's
// translation into that language when there is one and otherwise from the German offer,
// flagged as a fallback so the screen can say so instead of silently mixing languages.
// The share text and the QR code's vCard are built here too, from plain data, so the same
// words appear on paper, in a messenger and in the phone's address book.
import type { Offer, OpeningSlot } from './schema';

export type HandoutText = { text: string; lang: string; fallback: boolean };

export type HandoutTexts = {
  name: HandoutText;
  description: HandoutText;
  practicalNotes: HandoutText;
};

const pick = (translated: string | undefined, german: string, lang: string): HandoutText => {
  const value = translated?.trim() ?? '';
  if (lang === 'de' || value === '') return { text: german, lang: 'de', fallback: lang !== 'de' && german.trim() !== '' };
  return { text: value, lang, fallback: false };
};

/** The offer's texts in `lang`, German where a translation is missing (exact tag, then primary subtag). */
export function handoutTexts(offer: Pick<Offer, 'name' | 'description' | 'practicalNotes' | 'translations'>, lang: string): HandoutTexts {
  const translation = offer.translations[lang] ?? offer.translations[lang.split('-')[0] ?? ''];
  return {
    name: pick(translation?.name, offer.name, lang),
    description: pick(translation?.description, offer.description, lang),
    practicalNotes: pick(translation?.practicalNotes, offer.practicalNotes, lang),
  };
}

/** Languages with a translation first (in the order entered), then every other choice, German first. */
export function handoutLanguageChoices(offer: Pick<Offer, 'translations'>, enterable: readonly string[]): { translated: string[]; others: string[] } {
  const translated = Object.keys(offer.translations);
  const others = ['de', ...enterable.filter((tag) => tag !== 'de')].filter((tag) => !translated.includes(tag));
  return { translated, others };
}

/** Slots grouped per weekday, in weekday order, each day's slots by opening time. */
export function slotsByWeekday(slots: OpeningSlot[]): { weekday: number; slots: OpeningSlot[] }[] {
  const days = new Map<number, OpeningSlot[]>();
  for (const slot of [...slots].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))) {
    days.set(slot.weekday, [...(days.get(slot.weekday) ?? []), slot]);
  }
  return [...days.entries()].map(([weekday, daySlots]) => ({ weekday, slots: daySlots }));
}

export type ShareInput = {
  texts: HandoutTexts;
  providerName: string;
  /** Lines of the address, e.g. "Bornsche Straße 2", "39340 Haldensleben". */
  address: string[];
  directions: string;
  /** One line per weekday, already worded in the hand-out language. */
  openingHours: string[];
  phone: string;
  email: string;
  website: string;
  /** Headings in the hand-out language. */
  labels: { openingHours: string; address: string; contact: string; notes: string; directions: string };
};

/** Plain text for a messenger or an e-mail: no markup, one fact per line, empty parts left out. */
export function shareText(input: ShareInput): string {
  const { texts, labels } = input;
  const blocks: string[][] = [
    [texts.name.text, input.providerName !== texts.name.text ? input.providerName : ''],
    [texts.description.text],
    input.openingHours.length > 0 ? [`${labels.openingHours}:`, ...input.openingHours] : [],
    input.address.length > 0 ? [`${labels.address}:`, ...input.address, input.directions] : [],
    [input.phone, input.email, input.website].some(Boolean) ? [`${labels.contact}:`, input.phone, input.email, input.website] : [],
    texts.practicalNotes.text.trim() ? [`${labels.notes}:`, texts.practicalNotes.text] : [],
  ];
  return blocks
    .map((lines) => lines.filter((line) => line.trim() !== '').join('\n'))
    .filter((block) => block !== '')
    .join('\n\n');
}

export type VCardInput = {
  name: string;
  organisation: string;
  phone: string;
  email: string;
  website: string;
  address: { street: string; postcode: string; city: string } | null;
  note: string;
};

const escapeVCard = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/([,;])/g, '\\$1');

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * RFC 2425 line folding: no line longer than 75 octets of UTF-8; a continuation starts with
 * a space. Folds between characters, never inside one, so a reader sees whole umlauts.
 */
export function foldVCardLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A vCard 3.0 with the contact details: a phone camera offers to save it as a contact,
 * offline, with no link to this app. The contact is the organisation (N and ORG), named
 * after the offer (FN) so the client finds it again; the phone number is kept as written
 * (with spaces), which phones dial correctly.
 */
export function contactVCard(input: VCardInput): string {
  const listedAs = input.organisation || input.name;
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeVCard(input.name)}`, `N:${escapeVCard(listedAs)};;;;`];
  if (input.organisation) lines.push(`ORG:${escapeVCard(input.organisation)}`);
  if (input.phone) lines.push(`TEL;TYPE=WORK,VOICE:${input.phone}`);
  if (input.email) lines.push(`EMAIL;TYPE=INTERNET:${input.email}`);
  if (input.website) lines.push(`URL:${input.website}`);
  if (input.address) {
    const { street, postcode, city } = input.address;
    lines.push(`ADR;TYPE=WORK:;;${escapeVCard(street)};${escapeVCard(city)};;${escapeVCard(postcode)};Deutschland`);
  }
  if (input.note) lines.push(`NOTE:${escapeVCard(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldVCardLine).join('\r\n');
}
