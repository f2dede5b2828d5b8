import { contactVCard, handoutLanguageChoices, handoutTexts, shareText, slotsByWeekday } from '../../src/core/handout';
import { directionOf, enterableLanguages, languageLabel } from '../../src/core/languages';
import { makeOffer } from '../factories';

const offer = makeOffer({
  name: 'Sprachcafé in Irxleben',
  description: 'Jeden Donnerstag Deutsch üben.',
  practicalNotes: 'Ohne Anmeldung.',
  translations: { ar: { name: 'مقهى اللغة في إركسليبن', description: 'تدرّب على الألمانية كل خميس.', practicalNotes: '' } },
});

describe('the texts of a hand-out', () => {
  it('takes the translation where there is one and marks German fallbacks', () => {
    const texts = handoutTexts(offer, 'ar');
    expect(texts.name).toEqual({ text: 'مقهى اللغة في إركسليبن', lang: 'ar', fallback: false });
    expect(texts.practicalNotes).toEqual({ text: 'Ohne Anmeldung.', lang: 'de', fallback: true });
  });

  it('falls back for every text in a language without a translation, and never in German', () => {
    expect(Object.values(handoutTexts(offer, 'ti')).map((t) => t.fallback)).toEqual([true, true, true]);
    expect(Object.values(handoutTexts(offer, 'de')).map((t) => t.fallback)).toEqual([false, false, false]);
  });

  it('finds a translation by the primary language of a regional tag', () => {
    expect(handoutTexts(offer, 'ar-SY').description.text).toBe('تدرّب على الألمانية كل خميس.');
  });

  it('offers the translated languages first, then German and the rest without repeats', () => {
    const choices = handoutLanguageChoices(offer, enterableLanguages.map((l) => l.tag));
    expect(choices.translated).toEqual(['ar']);
    expect(choices.others[0]).toBe('de');
    expect(choices.others).not.toContain('ar');
    expect(choices.others).toEqual(expect.arrayContaining(['uk', 'ru', 'en', 'fa', 'prs', 'tr', 'ti']));
  });
});

describe('languages', () => {
  it('knows which scripts run right to left', () => {
    expect(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'fa-AF'].map(directionOf)).toEqual(Array(7).fill('rtl'));
    expect(['de', 'uk', 'ti', 'tr'].map(directionOf)).toEqual(Array(4).fill('ltr'));
    for (const language of enterableLanguages) expect(language.dir).toBe(directionOf(language.tag));
  });

  it('names a language so that both caseworker and client recognise it', () => {
    expect(languageLabel('ar', 'de')).toBe('Arabisch (العربية)');
    expect(languageLabel('de', 'de')).toBe('Deutsch');
    expect(languageLabel('xyz', 'en')).toBe('xyz');
  });
});

describe('sharing and the QR code', () => {
  it('writes a share text with one fact per line and leaves out what is empty', () => {
    const text = shareText({
      texts: handoutTexts(offer, 'ar'),
      providerName: 'Sprachcafé Hohe Börde',
      address: ['Dorfstraße 1', '39167 Hohe Börde'],
      directions: '',
      openingHours: ['الخميس 15:00–17:30'],
      phone: '030 23125 122',
      email: '',
      website: '',
      labels: { openingHours: 'أوقات العمل', address: 'العنوان', contact: 'التواصل', notes: 'ملاحظات', directions: 'الطريق' },
    });
    expect(text).toBe(
      [
        'مقهى اللغة في إركسليبن\nSprachcafé Hohe Börde',
        'تدرّب على الألمانية كل خميس.',
        'أوقات العمل:\nالخميس 15:00–17:30',
        'العنوان:\nDorfstraße 1\n39167 Hohe Börde',
        'التواصل:\n030 23125 122',
        'ملاحظات:\nOhne Anmeldung.',
      ].join('\n\n'),
    );
  });

  it('puts the contact details in a vCard, escaping separators', () => {
    const card = contactVCard({
      name: 'Sprachcafé, Irxleben',
      organisation: 'Verein; Hohe Börde',
      phone: '030 23125 122',
      email: 'cafe@example.org',
      website: '',
      address: { street: 'Dorfstraße 1', postcode: '39167', city: 'Hohe Börde' },
      note: '',
    });
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Sprachcafé\\, Irxleben',
      'N:Verein\\; Hohe Börde;;;;',
      'ORG:Verein\\; Hohe Börde',
      'TEL;TYPE=WORK,VOICE:030 23125 122',
      'EMAIL;TYPE=INTERNET:cafe@example.org',
      'ADR;TYPE=WORK:;;Dorfstraße 1;Hohe Börde;;39167;Deutschland',
      'END:VCARD',
    ]);
  });

  it('files the contact under the offer’s name when there is no organisation', () => {
    const card = contactVCard({ name: 'Sprachcafé', organisation: '', phone: '', email: '', website: '', address: null, note: '' });
    expect(card.split('\r\n')).toContain('N:Sprachcafé;;;;');
  });

  it('folds lines longer than 75 octets without splitting a character, and carries the website', () => {
    const card = contactVCard({
      name: 'Beratung',
      organisation: 'Caritasverband für das Bistum Magdeburg e.V. – Fachdienst Migration Börde Süd',
      phone: '',
      email: '',
      website: 'https://www.caritas-magdeburg.de/beratung-und-hilfe/migration',
      address: { street: 'Schäferstraße 12', postcode: '39387', city: 'Oschersleben (Bode)' },
      note: 'Ü'.repeat(60),
    });
    const lines = card.split('\r\n');
    const octets = (line: string) => new TextEncoder().encode(line).length;
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    // Unfolding (RFC 2425: remove CRLF followed by one space) gives back every property whole.
    const unfolded = card.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).toContain('ORG:Caritasverband für das Bistum Magdeburg e.V. – Fachdienst Migration Börde Süd');
    expect(unfolded).toContain('URL:https://www.caritas-magdeburg.de/beratung-und-hilfe/migration');
    expect(unfolded).toContain(`NOTE:${'Ü'.repeat(60)}`);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('groups opening slots per weekday in order', () => {
    const days = slotsByWeekday([
      { weekday: 3, opens: '14:00', closes: '16:00' },
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 3, opens: '09:00', closes: '12:00' },
    ]);
    expect(days.map((d) => [d.weekday, d.slots.map((s) => s.opens)])).toEqual([[1, ['09:00']], [3, ['09:00', '14:00']]]);
  });
});
