// Validation messages in German and English. They live in the core (not the UI's i18n
// files) because the server and the command-line tools report the same problems.
import type { EntityKind } from './schema';
import type { Problem, ProblemCode } from './validation';

export type Lang = 'de' | 'en';

type Words = Record<Lang, string>;

/** Field labels, by dotted path without array positions, falling back to the last name. */
const labels: Record<string, Words> = {
  title: { de: 'Titel', en: 'Title' },
  name: { de: 'Name', en: 'Name' },
  description: { de: 'Beschreibung', en: 'Description' },
  vision: { de: 'Vision', en: 'Vision' },
  principles: { de: 'Leitbild', en: 'Guiding principles' },
  'principles.title': { de: 'Leitsatz', en: 'Principle' },
  'principles.text': { de: 'Erläuterung des Leitsatzes', en: 'Principle explanation' },
  'county.name': { de: 'Landkreis', en: 'County' },
  'county.officialKey': { de: 'Kreisschlüssel', en: 'County key' },
  officialKey: { de: 'Amtlicher Schlüssel', en: 'Official key' },
  validFrom: { de: 'Gültig ab', en: 'Valid from' },
  validTo: { de: 'Gültig bis', en: 'Valid until' },
  status: { de: 'Status', en: 'Status' },
  kind: { de: 'Art', en: 'Kind' },
  parentId: { de: 'Verbandsgemeinde', en: 'Collective municipality' },
  population: { de: 'Einwohnerzahl', en: 'Population' },
  migrationBackground: { de: 'Menschen mit Migrationsgeschichte', en: 'People with a migration history' },
  foreignNationals: { de: 'Ausländische Staatsangehörige', en: 'Foreign nationals' },
  fieldId: { de: 'Handlungsfeld', en: 'Field of action' },
  fieldIds: { de: 'Handlungsfelder', en: 'Fields of action' },
  code: { de: 'Kürzel', en: 'Code' },
  order: { de: 'Reihenfolge', en: 'Order' },
  priority: { de: 'Priorität', en: 'Priority' },
  targetDate: { de: 'Zieldatum', en: 'Target date' },
  goalIds: { de: 'Ziele', en: 'Goals' },
  measureIds: { de: 'Maßnahmen', en: 'Measures' },
  responsibleUnit: { de: 'Verantwortliche Stelle', en: 'Responsible unit' },
  partnerProviderIds: { de: 'Partner', en: 'Partners' },
  targetGroups: { de: 'Zielgruppen', en: 'Target groups' },
  municipalityIds: { de: 'Gemeinden', en: 'Municipalities' },
  municipalityId: { de: 'Gemeinde', en: 'Municipality' },
  start: { de: 'Beginn', en: 'Start' },
  end: { de: 'Ende', en: 'End' },
  staffHoursPerYear: { de: 'Personalstunden pro Jahr', en: 'Staff hours per year' },
  budgetPerYear: { de: 'Budget pro Jahr', en: 'Budget per year' },
  progressNotes: { de: 'Fortschrittsvermerke', en: 'Progress notes' },
  'progressNotes.text': { de: 'Vermerk', en: 'Note' },
  'progressNotes.date': { de: 'Datum des Vermerks', en: 'Note date' },
  definition: { de: 'Definition', en: 'Definition' },
  unit: { de: 'Einheit', en: 'Unit' },
  dataSource: { de: 'Datenquelle', en: 'Data source' },
  direction: { de: 'Richtung', en: 'Direction' },
  'baseline.value': { de: 'Ausgangswert', en: 'Baseline value' },
  'baseline.date': { de: 'Datum des Ausgangswerts', en: 'Baseline date' },
  'target.value': { de: 'Zielwert', en: 'Target value' },
  'target.date': { de: 'Datum des Zielwerts', en: 'Target date' },
  warningThreshold: { de: 'Warnschwelle', en: 'Warning threshold' },
  period: { de: 'Zeitraum', en: 'Period' },
  value: { de: 'Wert', en: 'Value' },
  source: { de: 'Quelle', en: 'Source' },
  note: { de: 'Anmerkung', en: 'Note' },
  identifiedOn: { de: 'Festgestellt am', en: 'Identified on' },
  adoptedOn: { de: 'Beschlossen am', en: 'Adopted on' },
  openedOn: { de: 'Eröffnet am', en: 'Opened on' },
  closedOn: { de: 'Abgeschlossen am', en: 'Closed on' },
  'population.date': { de: 'Stand der Einwohnerzahl', en: 'Date of the population figure' },
  'migrationBackground.date': { de: 'Stand der Zahl mit Migrationsgeschichte', en: 'Date of the migration history figure' },
  'foreignNationals.date': { de: 'Stand der Zahl ausländischer Staatsangehöriger', en: 'Date of the foreign nationals figure' },
  'topNationalities.date': { de: 'Stand der Staatsangehörigkeiten', en: 'Date of the nationalities' },
  email: { de: 'E-Mail', en: 'E-mail' },
  phone: { de: 'Telefon', en: 'Phone' },
  website: { de: 'Website', en: 'Website' },
  street: { de: 'Straße und Hausnummer', en: 'Street and number' },
  postcode: { de: 'Postleitzahl', en: 'Postcode' },
  city: { de: 'Ort', en: 'Town' },
  languages: { de: 'Sprachen', en: 'Languages' },
  keywords: { de: 'Stichwörter', en: 'Keywords' },
  eligibility: { de: 'Voraussetzungen', en: 'Eligibility' },
  openingHours: { de: 'Öffnungszeiten', en: 'Opening hours' },
  opens: { de: 'Öffnet um', en: 'Opens at' },
  closes: { de: 'Schließt um', en: 'Closes at' },
  lastVerified: { de: 'Zuletzt geprüft', en: 'Last verified' },
  providerId: { de: 'Träger', en: 'Provider' },
  indicatorId: { de: 'Indikator', en: 'Indicator' },
  schemaVersion: { de: 'Version des Datenformats', en: 'Data format version' },
  exportedAt: { de: 'Zeitpunkt des Exports', en: 'Time of export' },
  records: { de: 'Einträge', en: 'Entries' },
  format: { de: 'Dateiformat', en: 'File format' },
  practicalNotes: { de: 'Praktische Hinweise', en: 'Practical notes' },
  translations: { de: 'Übersetzungen', en: 'Translations' },
  nextStartDates: { de: 'Nächste Starttermine', en: 'Next start dates' },
  freePlaces: { de: 'Freie Plätze', en: 'Free places' },
  resolution: { de: 'Begründung', en: 'Reason' },
  overrideReason: { de: 'Begründung der Abweichung', en: 'Reason for the override' },
  findings: { de: 'Erkenntnisse', en: 'Findings' },
  month: { de: 'Monat', en: 'Month' },
  // Fields a form shows as a switch or a section, named here so that sync's conflicts, notices
  // and history never show a field's internal name (issue 18).
  deleted: { de: 'Gelöscht', en: 'Deleted' },
  archived: { de: 'Archiviert', en: 'Archived' },
  provenance: { de: 'Herkunft der Daten', en: 'Origin of the data' },
  'provenance.example': { de: 'Beispieldaten', en: 'Example data' },
  'provenance.invented': { de: 'Erfundene Werte', en: 'Invented values' },
  invented: { de: 'Erfundener Wert', en: 'Invented value' },
  county: { de: 'Landkreis', en: 'County' },
  isTown: { de: 'Stadt', en: 'Town' },
  topNationalities: { de: 'Häufigste Staatsangehörigkeiten', en: 'Most common nationalities' },
  'topNationalities.entries': { de: 'Häufigste Staatsangehörigkeiten', en: 'Most common nationalities' },
  country: { de: 'Staatsangehörigkeit', en: 'Nationality' },
  count: { de: 'Anzahl', en: 'Number' },
  notes: { de: 'Notizen', en: 'Notes' },
  'progressNotes.author': { de: 'Verfasst von', en: 'Written by' },
  baseline: { de: 'Ausgangswert', en: 'Baseline' },
  target: { de: 'Zielwert', en: 'Target' },
  byMunicipality: { de: 'Nach Gemeinden', en: 'By municipality' },
  contact: { de: 'Kontakt', en: 'Contact' },
  address: { de: 'Adresse', en: 'Address' },
  locationIds: { de: 'Standorte', en: 'Locations' },
  cost: { de: 'Kosten', en: 'Cost' },
  'cost.free': { de: 'Kostenlos', en: 'Free of charge' },
  weekday: { de: 'Wochentag', en: 'Weekday' },
  accessibility: { de: 'Barrierefreiheit', en: 'Accessibility' },
  wheelchair: { de: 'Rollstuhlgerecht', en: 'Wheelchair accessible' },
  course: { de: 'Kurs', en: 'Course' },
  waitingList: { de: 'Warteliste', en: 'Waiting list' },
  directions: { de: 'Wegbeschreibung', en: 'Directions' },
  offerId: { de: 'Angebot', en: 'Offer' },
  targetKind: { de: 'Art des gemeldeten Eintrags', en: 'Kind of the reported entry' },
  targetId: { de: 'Gemeldeter Eintrag', en: 'Reported entry' },
  resolvedAt: { de: 'Erledigt am', en: 'Resolved on' },
  assessments: { de: 'Bewertungen', en: 'Assessments' },
  adaptations: { de: 'Anpassungen', en: 'Adaptations' },
  goalId: { de: 'Ziel', en: 'Goal' },
  measureId: { de: 'Maßnahme', en: 'Measure' },
  appliedAt: { de: 'Übernommen am', en: 'Applied on' },
};

const formatHints: Record<string, Words> = {
  email: { de: 'eine E-Mail-Adresse wie name@beispiel.de', en: 'an e-mail address such as name@example.org' },
  url: { de: 'eine Webadresse, die mit https:// beginnt', en: 'a web address starting with https://' },
  date: { de: 'ein Datum (JJJJ-MM-TT)', en: 'a date (YYYY-MM-DD)' },
  datetime: { de: 'ein Zeitpunkt mit Datum und Uhrzeit', en: 'a date and time' },
  uuid: { de: 'eine gültige Kennung', en: 'a valid identifier' },
  postcode: { de: 'fünf Ziffern', en: 'five digits' },
  phone: { de: 'eine Telefonnummer wie 03904 640-0', en: 'a phone number such as +49 3904 640-0' },
  officialKey: { de: 'nur Ziffern in der amtlichen Länge', en: 'digits only, of the official length' },
  period: { de: 'JJJJ, JJJJ-Q1 bis JJJJ-Q4 oder JJJJ-MM', en: 'YYYY, YYYY-Q1 to YYYY-Q4 or YYYY-MM' },
  languages: { de: 'Sprachkürzel wie de, ar, uk, fa', en: 'language codes such as de, ar, uk, fa' },
  opens: { de: 'eine Uhrzeit wie 09:00', en: 'a time such as 09:00' },
  closes: { de: 'eine Uhrzeit wie 17:30', en: 'a time such as 17:30' },
  code: { de: 'Kleinbuchstaben, Ziffern und _', en: 'lower-case letters, digits and _' },
};

const texts: Record<ProblemCode, Words> = {
  required: { de: 'ist ein Pflichtfeld.', en: 'is required.' },
  too_short: { de: 'ist zu kurz (mindestens {min} Zeichen).', en: 'is too short (at least {min} characters).' },
  too_long: { de: 'ist zu lang (höchstens {max} Zeichen).', en: 'is too long (at most {max} characters).' },
  too_small: { de: 'muss mindestens {min} sein.', en: 'must be at least {min}.' },
  too_large: { de: 'darf höchstens {max} sein.', en: 'must be at most {max}.' },
  too_few: { de: 'braucht mindestens {min} Einträge.', en: 'needs at least {min} entries.' },
  too_many: { de: 'hat zu viele Einträge (höchstens {max}).', en: 'has too many entries (at most {max}).' },
  not_integer: { de: 'muss eine ganze Zahl sein.', en: 'must be a whole number.' },
  not_a_number: { de: 'muss eine Zahl sein.', en: 'must be a number.' },
  invalid_format: { de: 'hat nicht das erwartete Format{hint}.', en: 'is not in the expected format{hint}.' },
  invalid_choice: { de: 'hat keinen zulässigen Wert.', en: 'has a value that is not allowed.' },
  invalid_type: { de: 'hat den falschen Typ.', en: 'has the wrong type.' },
  unknown_field: { de: 'enthält unbekannte Felder ({keys}).', en: 'contains unknown fields ({keys}).' },
  date_order: { de: 'liegt vor dem Anfangsdatum.', en: 'is before the start date.' },
  time_order: { de: 'muss nach der Öffnungszeit liegen.', en: 'must be after the opening time.' },
  parent_kind: { de: 'ist nur für Mitgliedsgemeinden anzugeben – und für sie Pflicht.', en: 'is given for member municipalities only, and required for them.' },
  period_mismatch: { de: 'passt nicht zum Erhebungsrhythmus des Indikators ({expected}).', en: 'does not match the indicator’s measurement period ({expected}).' },
  duplicate_measurement: { de: 'ist schon erfasst ({period}); bitte den vorhandenen Messwert bearbeiten.', en: 'is already recorded ({period}); please edit the existing measurement.' },
  future_period: {
    de: 'liegt in der Zukunft ({period}): Ein Wert für einen Zeitraum, der noch nicht begonnen hat, ist geplant, nicht gemessen.',
    en: 'lies in the future ({period}): a value for a period that has not begun is planned, not measured.',
  },
  future_date: { de: 'darf nicht in der Zukunft liegen.', en: 'cannot be in the future.' },
  negative_value: { de: 'darf nicht negativ sein (Einheit: {unit}).', en: 'cannot be negative (unit: {unit}).' },
  out_of_range: { de: 'muss zwischen {min} und {max} liegen (Einheit: {unit}).', en: 'must be between {min} and {max} (unit: {unit}).' },
  damaged_file: {
    de: 'Die Datei ist beschädigt oder keine Sicherung dieser App: Sie lässt sich nicht vollständig lesen, vielleicht wurde sie nur zum Teil gespeichert oder übertragen. Nehmen Sie eine andere Sicherung.',
    en: 'The file is damaged or not a backup of this app: it cannot be read completely; perhaps it was saved or transferred only in part. Take another backup.',
  },
  not_a_snapshot: {
    de: 'Die Datei ist keine Sicherung dieser App. Eine Sicherung entsteht unter Einstellungen mit „Sicherung exportieren“.',
    en: 'The file is not a backup of this app. A backup is made in Settings with “Export a backup”.',
  },
  newer_version: {
    de: 'Die Sicherung stammt aus einer neueren Version der App (Datenformat {version}, diese kennt bis {supported}). Aktualisieren Sie die App und importieren Sie dann erneut.',
    en: 'The backup comes from a newer version of the app (data format {version}, this one reads up to {supported}). Update the app, then import again.',
  },
  missing_reference: { de: 'verweist auf einen Eintrag, den es nicht gibt ({ref}).', en: 'refers to an entry that does not exist ({ref}).' },
  duplicate_id: { de: 'kommt mehrfach vor ({ref}).', en: 'occurs more than once ({ref}).' },
  changed_meanwhile: {
    de: 'wurde inzwischen anderswo geändert und lautet jetzt: {value}',
    en: 'was changed elsewhere meanwhile and now reads: {value}',
  },
  // Worded by forbiddenText below, which names the role, the operation and the kind.
  forbidden: { de: 'ist für Ihre Rolle nicht erlaubt.', en: 'is not allowed for your role.' },
};

/** The kinds of records, in the plural, for sentences about what a role may do. */
const kindWords: Record<EntityKind, Words> = {
  concepts: { de: 'Konzepte', en: 'concepts' },
  municipalities: { de: 'Gemeinden', en: 'municipalities' },
  fieldsOfAction: { de: 'Handlungsfelder', en: 'fields of action' },
  goals: { de: 'Ziele', en: 'goals' },
  measures: { de: 'Maßnahmen', en: 'measures' },
  indicators: { de: 'Indikatoren', en: 'indicators' },
  measurements: { de: 'Messwerte', en: 'measurements' },
  needs: { de: 'Bedarfe', en: 'needs' },
  providers: { de: 'Träger', en: 'providers' },
  offers: { de: 'Angebote', en: 'offers' },
  locations: { de: 'Standorte', en: 'locations' },
  referrals: { de: 'Vermittlungen', en: 'referrals' },
  correctionReports: { de: 'Korrekturmeldungen', en: 'correction reports' },
  reviews: { de: 'Evaluationen', en: 'reviews' },
};

const roleWords: Record<string, Words> = {
  coordinator: { de: 'Koordination', en: 'coordinator' },
  caseworker: { de: 'Fachkraft', en: 'caseworker' },
};

/** What a role may not do (rulebook/judge.ts forbiddenProblem): "Die Rolle „Fachkraft“ darf keine Maßnahmen anlegen." */
function forbiddenText(params: Problem['params'], lang: Lang): string {
  const role = roleWords[String(params.role)]?.[lang] ?? String(params.role);
  const kind = kindWords[params.kind as EntityKind]?.[lang] ?? String(params.kind);
  const fields = String(params.fields ?? '').split(',').filter((field) => field !== '');
  const quoted = fields.map((field) => (lang === 'de' ? `„${fieldLabel(field, lang)}“` : `“${fieldLabel(field, lang)}”`)).join(', ');
  if (lang === 'de') {
    const who = `Die Rolle „${role}“ darf`;
    if (params.operation === 'create') return `${who} keine ${kind} anlegen.`;
    if (params.operation === 'delete') return `${who} ${kind} nicht löschen.`;
    return fields.length > 0 ? `${who} bei ${kind} ${quoted} nicht ändern.` : `${who} ${kind} nicht ändern.`;
  }
  const who = `The ${role} role may not`;
  if (params.operation === 'create') return `${who} create ${kind}.`;
  if (params.operation === 'delete') return `${who} delete ${kind}.`;
  return fields.length > 0 ? `${who} change ${quoted} of ${kind}.` : `${who} change ${kind}.`;
}

/** The words for a count of one, where German and English need the singular. */
const singular: Partial<Record<ProblemCode, { count: string; words: Words }>> = {
  too_few: { count: 'min', words: { de: 'braucht mindestens einen Eintrag.', en: 'needs at least one entry.' } },
};

function labelKey(path: string): { full: string; last: string } {
  const names = path.split('.').filter((part) => !/^\d+$/.test(part));
  return { full: names.join('.'), last: names[names.length - 1] ?? '' };
}

/** Whether a code from elsewhere (a server's answer, a stored conflict) is one this build words. */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(texts, code);
}

/** The person-facing name of a field, e.g. "Postleitzahl" for "address.postcode". */
export function fieldLabel(path: string, lang: Lang): string {
  const { full, last } = labelKey(path);
  const words = labels[full] ?? labels[last];
  return words ? words[lang] : last || (lang === 'de' ? 'Eintrag' : 'Entry');
}

/** What is wrong, without the field's name: for showing beside the field itself. */
export function problemText(problem: Problem, lang: Lang): string {
  if (problem.code === 'forbidden') return forbiddenText(problem.params, lang);
  const { last } = labelKey(problem.path);
  const hintWords = problem.code === 'invalid_format'
    ? formatHints[last] ?? formatHints[String(problem.params.format ?? '')]
    : undefined;
  const hint = hintWords ? (lang === 'de' ? ` (erwartet: ${hintWords.de})` : ` (expected: ${hintWords.en})`) : '';
  const one = singular[problem.code];
  const template = (one && problem.params[one.count] === 1 ? one.words : texts[problem.code])[lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'hint' ? hint : String(problem.params[key] ?? '')));
}

/** Problems of a file as a whole and a role's refusals, worded as whole sentences: no field name goes before them. */
const wholeSentences: ReadonlySet<ProblemCode> = new Set(['damaged_file', 'not_a_snapshot', 'newer_version', 'forbidden']);

/** A whole sentence naming the field and the problem: "Postleitzahl hat nicht das erwartete Format …". */
export function describeProblem(problem: Problem, lang: Lang): string {
  if (wholeSentences.has(problem.code)) return problemText(problem, lang);
  return `${fieldLabel(problem.path, lang)} ${problemText(problem, lang)}`;
}
