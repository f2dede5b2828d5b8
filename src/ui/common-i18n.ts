// Words shared by every screen: actions, states, and the labels of the model's enumerations.
import { targetGroupNames } from '../core/target-group-names';

const de = {
  appName: 'Integrationskonzept',
  breadcrumbs: 'Sie sind hier',
  actions: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    edit: 'Bearbeiten',
    add: 'Hinzufügen',
    delete: 'Löschen',
    back: 'Zurück',
    leave: 'Änderungen verwerfen',
    stay: 'Weiter bearbeiten',
    history: 'Änderungsverlauf',
  },
  roleLimit: {
    title: 'Nicht mit Ihrer Rolle',
    text: 'Als {{role}} können Sie das hier nur ansehen: Änderungen daran macht die Integrationskoordination.',
    coordinator: 'Koordination',
    caseworker: 'Fachkraft',
  },
  states: {
    loading: 'Wird geladen …',
    saved: 'Gespeichert.',
    notFound: 'Dieser Eintrag wurde nicht gefunden.',
    notFoundTitle: 'Nicht gefunden',
    empty: 'Noch keine Einträge.',
    none: '–',
    countyWide: 'kreisweit',
  },
  form: {
    required: 'Pflichtfeld',
    hasErrors_one: 'Bitte korrigieren Sie {{count}} Angabe. Es wurde nichts gespeichert.',
    hasErrors_other: 'Bitte korrigieren Sie {{count}} Angaben. Es wurde nichts gespeichert.',
    unsavedTitle: 'Ungespeicherte Änderungen',
    unsavedText: 'Sie haben Änderungen, die noch nicht gespeichert sind. Wenn Sie die Seite verlassen, gehen sie verloren.',
    staleBy: 'Während Sie bearbeitet haben, hat {{by}} diesen Eintrag geändert ({{at}}). Ihre Eingabe ist noch nicht gespeichert; die neuen Werte stehen bei den markierten Feldern. Übernehmen Sie sie oder behalten Sie Ihre Eingabe, dann speichern Sie.',
    staleHere: 'Während Sie bearbeitet haben, wurde dieser Eintrag an anderer Stelle geändert ({{at}}). Ihre Eingabe ist noch nicht gespeichert; die neuen Werte stehen bei den markierten Feldern. Übernehmen Sie sie oder behalten Sie Ihre Eingabe, dann speichern Sie.',
    takeTheirs: 'Neue Werte übernehmen',
    keepMine: 'Meine Eingabe behalten',
  },
  conceptStatus: { draft: 'Entwurf', in_committee: 'In Beratung', adopted: 'Beschlossen', archived: 'Archiviert' },
  measureStatus: { planned: 'Geplant', active: 'Laufend', done: 'Abgeschlossen', paused: 'Pausiert', dropped: 'Verworfen' },
  needStatus: { open: 'Offen', addressed: 'In Bearbeitung', closed: 'Erledigt' },
  correctionStatus: { open: 'Offen', applied: 'Übernommen', dismissed: 'Verworfen' },
  needSource: { survey: 'Befragung', provider_feedback: 'Rückmeldung von Trägern', statistics: 'Statistik', council: 'Kreistag / Gremien' },
  priority: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
  direction: { higher_better: 'Höher ist besser', lower_better: 'Niedriger ist besser' },
  period: { monthly: 'Monatlich', quarterly: 'Vierteljährlich', yearly: 'Jährlich' },
  municipalityKind: { einheitsgemeinde: 'Einheitsgemeinde', verbandsgemeinde: 'Verbandsgemeinde', mitgliedsgemeinde: 'Mitgliedsgemeinde' },
  targetGroup: targetGroupNames,
  provenance: { example: 'Beispieldaten', invented: 'erfundener Beispielwert' },
};

// English loads only when chosen (src/app/i18n.ts): the first load carries German alone.
export const common = { de };
