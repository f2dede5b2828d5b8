import type { Translation } from '../../ui/translation';

// The words of the page shown when storage fails: loaded with that page, which most people
// never see.
const de = {
  unavailableTitle: 'Die Daten dieses Geräts sind nicht erreichbar',
  unavailableText: 'Der Browser erlaubt dieser App keinen Speicher (IndexedDB). Das passiert im privaten Modus, wenn Websitedaten blockiert sind, oder wenn eine ältere Version der App noch in einem anderen Tab geöffnet ist.',
  unavailableSteps: 'So geht es weiter:',
  stepPrivate: 'Öffnen Sie die App in einem normalen (nicht privaten) Fenster.',
  stepAllow: 'Erlauben Sie in den Browser-Einstellungen das Speichern von Websitedaten für diese Adresse.',
  stepTabs: 'Schließen Sie andere Tabs mit der App und laden Sie diese Seite neu.',
  quotaTitle: 'Der Speicher dieses Geräts ist voll',
  quotaText: 'Die letzte Änderung konnte nicht gespeichert werden, weil der Browser keinen weiteren Speicherplatz gibt. Alles, was vorher gespeichert war, ist noch da.',
  quotaSteps: 'Sichern Sie jetzt die vorhandenen Daten als Datei und schaffen Sie Platz (andere Websitedaten oder Dateien löschen). Laden Sie die App danach neu.',
  export: 'Vorhandene Daten als Datei exportieren',
  exported: 'Exportiert: {{count}} Einträge.',
  exportFailed: 'Die Daten konnten nicht gelesen werden; es gibt nichts zu exportieren.',
  reload: 'Neu laden',
  detail: 'Technische Angabe: {{detail}}',
};

const en: Translation<typeof de> = {
  unavailableTitle: 'The data on this device cannot be reached',
  unavailableText: 'The browser does not give this app any storage (IndexedDB). This happens in private mode, when site data is blocked, or when an older version of the app is still open in another tab.',
  unavailableSteps: 'What to do:',
  stepPrivate: 'Open the app in a normal (not private) window.',
  stepAllow: 'Allow this address to store site data in the browser settings.',
  stepTabs: 'Close other tabs with the app and reload this page.',
  quotaTitle: 'The storage of this device is full',
  quotaText: 'The last change could not be saved because the browser gives no more storage space. Everything saved before is still there.',
  quotaSteps: 'Save the existing data as a file now and free up space (delete other site data or files). Then reload the app.',
  export: 'Export the existing data as a file',
  exported: 'Exported: {{count}} entries.',
  exportFailed: 'The data could not be read; there is nothing to export.',
  reload: 'Reload',
  detail: 'Technical detail: {{detail}}',
};

export const storageProblemText = { de, en };
