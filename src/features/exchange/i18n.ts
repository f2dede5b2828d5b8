import type { Translation } from '../../ui/translation';

const de = {
  title: 'Datenaustausch (Open Referral)',
  intro: 'Das Verzeichnis der Träger, Angebote und Standorte im Austauschformat Open Referral HSDS 3.0 ausgeben oder aus einer HSDS-Datei übernehmen.',
  export: {
    heading: 'Verzeichnis ausgeben',
    text: 'Eine JSON-Datei mit allen aktiven Trägern samt Angeboten und Standorten. Archivierte Angebote stehen darin als „inactive“.',
    button: 'HSDS-Datei herunterladen',
    done: 'Die Datei wurde erstellt.',
  },
  import: {
    heading: 'HSDS-Datei übernehmen',
    text: 'Zuerst zeigt eine Vorschau, was neu ist, was sich ändert und was abgelehnt wird. Übernommen wird nur alles oder nichts.',
    file: 'HSDS-Datei (JSON, höchstens 20 MB)',
    reading: 'Datei wird geprüft …',
    unreadable: 'Die Datei ließ sich nicht lesen.',
    problems: 'Die Datei kann nicht übernommen werden:',
    summary: 'Vorschau: {{new}} neu, {{updated}} geändert, {{unchanged}} unverändert, {{rejected}} abgelehnt.',
    blocked: 'Weil Einträge abgelehnt wurden, wird nichts übernommen. Bitte die Datei korrigieren und erneut wählen.',
    nothing: 'Die Datei bringt nichts Neues: alles ist schon so im Verzeichnis.',
    confirm: 'Übernehmen',
    cancel: 'Verwerfen',
    done: '{{count}} Einträge übernommen.',
    changed: 'Das Verzeichnis hat sich inzwischen geändert; nichts wurde übernommen. Bitte die Datei erneut wählen.',
    refused: 'Die Datei wurde nicht übernommen; nichts wurde geändert:',
    notes: 'Hinweise',
  },
  table: { caption: 'Einträge der Datei', kind: 'Art', name: 'Name', status: 'Ergebnis', reasons: 'Gründe und Hinweise' },
  kinds: { providers: 'Träger', offers: 'Angebot', locations: 'Standort' },
  status: { new: 'neu', updated: 'geändert', unchanged: 'unverändert', rejected: 'abgelehnt' },
};

const en: Translation<typeof de> = {
  title: 'Data exchange (Open Referral)',
  intro: 'Export the directory of providers, offers and locations in the Open Referral HSDS 3.0 exchange format, or take it over from an HSDS file.',
  export: {
    heading: 'Export the directory',
    text: 'A JSON file with every active provider and its offers and locations. Archived offers appear as "inactive".',
    button: 'Download HSDS file',
    done: 'The file was created.',
  },
  import: {
    heading: 'Import an HSDS file',
    text: 'A preview first shows what is new, what changes and what is rejected. Everything is taken over, or nothing.',
    file: 'HSDS file (JSON, at most 20 MB)',
    reading: 'Checking the file …',
    unreadable: 'The file could not be read.',
    problems: 'The file cannot be imported:',
    summary: 'Preview: {{new}} new, {{updated}} changed, {{unchanged}} unchanged, {{rejected}} rejected.',
    blocked: 'Because entries were rejected, nothing will be imported. Please correct the file and choose it again.',
    nothing: 'The file brings nothing new: the directory already holds all of it.',
    confirm: 'Import',
    cancel: 'Discard',
    done: '{{count}} entries imported.',
    changed: 'The directory has changed in the meantime; nothing was imported. Please choose the file again.',
    refused: 'The file was not imported; nothing was changed:',
    notes: 'Notes',
  },
  table: { caption: 'Entries in the file', kind: 'Kind', name: 'Name', status: 'Result', reasons: 'Reasons and notes' },
  kinds: { providers: 'Provider', offers: 'Offer', locations: 'Location' },
  status: { new: 'new', updated: 'changed', unchanged: 'unchanged', rejected: 'rejected' },
};

export const exchangeText = { de, en };
