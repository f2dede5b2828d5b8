import type { Translation } from '../ui/translation';
import type { shell } from './shell-i18n';

export const shellEn: Translation<typeof shell.de> = {
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
    sync: 'Sync',
  },
  navPending: 'not synced: {{count}}',
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
