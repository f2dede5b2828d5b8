import type { Translation } from '../../ui/translation';

const de = {
  title: 'Handzettel',
  pageTitle: 'Handzettel: {{name}}',
  language: 'Sprache der Klientin / des Klienten',
  translated: 'Übersetzt',
  otherLanguages: 'Weitere Sprachen (Texte auf Deutsch)',
  noTranslation: 'Für diese Sprache gibt es keine Übersetzung; Name, Beschreibung und Hinweise erscheinen auf Deutsch und sind so markiert.',
  noLabels: 'Für diese Sprache fehlen die Überschriften; sie erscheinen auf Deutsch und Englisch.',
  shareTitle: 'Drucken und teilen',
  print: 'Drucken (A4)',
  copy: 'Text kopieren',
  share: 'Teilen …',
  copied: 'Der Text ist in der Zwischenablage.',
  copyFailed: 'Kopieren ist hier nicht möglich; bitte den Text unten markieren und kopieren.',
  showText: 'Text zum Teilen anzeigen',
  shareText: 'Text zum Teilen',
  archived: 'Dieses Angebot ist archiviert: Es gibt dafür keinen Handzettel mehr. Bitte geben Sie einer Klientin oder einem Klienten ein aktuelles Angebot mit.',
  backToOffer: 'Zurück zum Angebot',
};

const en: Translation<typeof de> = {
  title: 'Hand-out',
  pageTitle: 'Hand-out: {{name}}',
  language: 'Client’s language',
  translated: 'Translated',
  otherLanguages: 'Other languages (texts in German)',
  noTranslation: 'There is no translation into this language; name, description and notes appear in German and are marked as such.',
  noLabels: 'Headings are missing for this language; they appear in German and English.',
  shareTitle: 'Print and share',
  print: 'Print (A4)',
  copy: 'Copy text',
  share: 'Share …',
  copied: 'The text is on the clipboard.',
  copyFailed: 'Copying is not possible here; please select the text below and copy it.',
  showText: 'Show the text to share',
  shareText: 'Text to share',
  archived: 'This offer is archived: it no longer has a hand-out. Please give your client a current offer instead.',
  backToOffer: 'Back to the offer',
};

export const handoutText = { de, en };
