import type { Translation } from '../../ui/translation';

const de = {
  title: 'Überblick',
  fields: 'Handlungsfelder',
  goalCount_one: '{{count}} Ziel',
  goalCount_other: '{{count}} Ziele',
  measures: 'Maßnahmen nach Status',
  attention: 'Indikatoren, die Aufmerksamkeit brauchen',
  noAttention: 'Alle Indikatoren mit Messwerten liegen im Plan.',
  latest: 'Zuletzt {{value}} {{unit}} ({{period}}), erwartet {{expected}}',
  recent: 'Zuletzt geändert',
  noRecent: 'Noch keine Änderungen.',
  changedBy: '{{date}} von {{by}}',
  kind: { goals: 'Ziel', measures: 'Maßnahme', indicators: 'Indikator', needs: 'Bedarf' },
  status: { on_track: 'Im Plan', at_risk: 'Gefährdet', off_track: 'Nicht im Plan', no_data: 'Keine Daten' },
  empty: 'Noch kein Konzept angelegt. Das Beispiel wird geladen …',
};

const en: Translation<typeof de> = {
  title: 'Overview',
  fields: 'Fields of action',
  goalCount_one: '{{count}} goal',
  goalCount_other: '{{count}} goals',
  measures: 'Measures by status',
  attention: 'Indicators that need attention',
  noAttention: 'All indicators with measurements are on track.',
  latest: 'Latest {{value}} {{unit}} ({{period}}), expected {{expected}}',
  recent: 'Recently changed',
  noRecent: 'No changes yet.',
  changedBy: '{{date}} by {{by}}',
  kind: { goals: 'Goal', measures: 'Measure', indicators: 'Indicator', needs: 'Need' },
  status: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data' },
  empty: 'No concept yet. The example is loading …',
};

export const overviewText = { de, en };
