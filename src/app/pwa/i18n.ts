
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

// English loads only when chosen (src/app/i18n.ts): the first load carries German alone.
export const pwaText = { de };
