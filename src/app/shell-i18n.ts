
const de = {
  skipToContent: 'Zum Inhalt springen',
  mainNav: 'Hauptnavigation',
  nav: {
    overview: 'Überblick',
    concept: 'Vision und Leitbild',
    fields: 'Handlungsfelder',
    indicators: 'Indikatoren',
    municipalities: 'Gemeinden und Bedarfe',
    offers: 'Angebote',
    directoryCare: 'Verzeichnispflege',
    evaluation: 'Auswertung',
    settings: 'Einstellungen',
    sync: 'Synchronisierung',
  },
  navPending: 'nicht synchronisiert: {{count}}',
  language: 'Sprache',
  languages: { de: 'Deutsch', en: 'English' },
  exampleBanner: 'Beispieldaten: Dieses Konzept ist ein Beispiel für den Landkreis Börde. Erfundene Werte sind gekennzeichnet.',
  exampleBannerLink: 'In den Einstellungen zurücksetzen',
  notFoundText: 'Diese Seite gibt es nicht.',
  toOverview: 'Zum Überblick',
  chunkError: 'Dieser Teil der App konnte nicht geladen werden.',
  reload: 'Neu laden',
  accessibilityStatement: 'Erklärung zur Barrierefreiheit',
  connection: { loggedIn: 'Angemeldet: {{name}} ({{county}})', expired: 'Anmeldung abgelaufen' },
};

// English loads only when chosen (src/app/i18n.ts): the first load carries German alone.
export const shell = { de };
