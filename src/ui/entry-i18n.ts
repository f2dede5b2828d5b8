// The words of EntryNotFound and DeleteSection. They load with those components, which only
// screens loaded later use, so the first load does not carry them: on import they register
// themselves as the namespace 'entries' (resources.ts declares it for the typed keys).
import { i18n } from './i18n';
import type { Translation } from './translation';

const de = {
  notFoundTitle: 'Nicht gefunden',
  absent: 'Einen Eintrag mit dieser Adresse gibt es auf diesem Gerät nicht. Vielleicht ist der Link unvollständig, oder der Eintrag wurde auf einem anderen Gerät angelegt und ist noch nicht hierher synchronisiert.',
  deletedTitle: 'Gelöscht',
  deleted: '„{{name}}“ wurde am {{date}} von {{by}} gelöscht.',
  deletedHere: '„{{name}}“ wurde am {{date}} auf diesem Gerät gelöscht.',
  deletedMark: '{{name}} (gelöscht)',
  deleteEntry: {
    title: 'Löschen',
    text: 'Ein gelöschter Eintrag verschwindet aus Listen, Suche und Auswertungen. Was auf ihn verweist, bleibt erhalten und nennt ihn als gelöscht.',
    action: '„{{name}}“ löschen',
    confirmTitle: '„{{name}}“ löschen?',
    confirm: 'Löschen',
    nothingRefers: 'Nichts verweist auf diesen Eintrag.',
    refused: 'Nicht gelöscht: {{reasons}}',
  },
};

const en: Translation<typeof de> = {
  notFoundTitle: 'Not found',
  absent: 'There is no entry with this address on this device. The link may be incomplete, or the entry was made on another device and has not been synced here yet.',
  deletedTitle: 'Deleted',
  deleted: '“{{name}}” was deleted on {{date}} by {{by}}.',
  deletedHere: '“{{name}}” was deleted on {{date}} on this device.',
  deletedMark: '{{name}} (deleted)',
  deleteEntry: {
    title: 'Delete',
    text: 'A deleted entry disappears from lists, search and evaluations. Whatever refers to it stays and names it as deleted.',
    action: 'Delete “{{name}}”',
    confirmTitle: 'Delete “{{name}}”?',
    confirm: 'Delete',
    nothingRefers: 'Nothing refers to this entry.',
    refused: 'Not deleted: {{reasons}}',
  },
};

export const entriesText = { de, en };

if (!i18n.hasBundle('de', 'entries')) {
  i18n.addBundle('de', 'entries', de);
  i18n.addBundle('en', 'entries', en);
}
