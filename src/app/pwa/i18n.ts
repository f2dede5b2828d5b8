import type { Translation } from '../../ui/translation';

const de = {
  update: {
    available: 'Neue Version verfügbar –',
    action: 'jetzt aktualisieren',
    waitForSave: 'Bitte erst speichern: Ein Formular enthält ungespeicherte Eingaben. Die neue Version startet, sobald alles gespeichert oder verworfen ist.',
    otherTab: 'Die App wurde in einem anderen Tab aktualisiert – bitte neu laden.',
    reload: 'Neu laden',
  },
  network: {
    online: 'Online',
    offline: 'Offline',
    offlineHint: 'Offline: Änderungen werden auf diesem Gerät gespeichert.',
  },
  reminder: {
    text_one: 'Ihre Änderungen sind seit mehr als {{count}} Tag weder exportiert noch synchronisiert.',
    text_other: 'Ihre Änderungen sind seit mehr als {{count}} Tagen weder exportiert noch synchronisiert.',
    link: 'Jetzt eine Sicherung exportieren',
  },
  footer: 'Version {{version}} · Build {{build}}',
};

const en: Translation<typeof de> = {
  update: {
    available: 'New version available –',
    action: 'update now',
    waitForSave: 'Please save first: a form holds unsaved input. The new version starts as soon as everything is saved or discarded.',
    otherTab: 'The app was updated in another tab – please reload.',
    reload: 'Reload',
  },
  network: {
    online: 'Online',
    offline: 'Offline',
    offlineHint: 'Offline: changes are saved on this device.',
  },
  reminder: {
    text_one: 'Your changes have been neither exported nor synced for more than {{count}} day.',
    text_other: 'Your changes have been neither exported nor synced for more than {{count}} days.',
    link: 'Export a backup now',
  },
  footer: 'Version {{version}} · build {{build}}',
};

export const pwaText = { de, en };
