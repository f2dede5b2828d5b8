import type { Translation } from '../ui/translation';

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
  },
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

const en: Translation<typeof de> = {
  skipToContent: 'Skip to content',
  mainNav: 'Main navigation',
  nav: {
    overview: 'Overview',
    concept: 'Vision and principles',
    fields: 'Fields of action',
    indicators: 'Indicators',
    municipalities: 'Municipalities and needs',
    offers: 'Offers',
    directoryCare: 'Directory upkeep',
    evaluation: 'Evaluation',
    settings: 'Settings',
  },
  language: 'Language',
  languages: { de: 'Deutsch', en: 'English' },
  exampleBanner: 'Example data: this concept is an example for the Landkreis Börde. Invented values are marked.',
  exampleBannerLink: 'Reset in settings',
  notFoundText: 'This page does not exist.',
  toOverview: 'Go to the overview',
  chunkError: 'This part of the app could not be loaded.',
  reload: 'Reload',
  accessibilityStatement: 'Accessibility statement',
  connection: { loggedIn: 'Logged in: {{name}} ({{county}})', expired: 'Login expired' },
};

export const shell = { de, en };
