
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
  changedHere: '{{date}} auf diesem Gerät',
  kind: { goals: 'Ziel', measures: 'Maßnahme', indicators: 'Indikator', needs: 'Bedarf' },
  status: { on_track: 'Im Plan', at_risk: 'Gefährdet', off_track: 'Nicht im Plan', no_data: 'Keine Daten' },
  empty: 'Noch kein Konzept angelegt. Das Beispiel wird geladen …',
  board: 'Stand des Konzepts',
  boardIntro: 'Status jedes Handlungsfelds und Ziels aus seinen Indikatoren und Maßnahmen. „Warum?“ öffnet die Gründe.',
  goalsAtGlance: 'Ziele: {{off_track}} nicht im Plan, {{at_risk}} gefährdet, {{on_track}} im Plan, {{no_data}} ohne Daten.',
  why: 'Warum?',
  whyOf: 'Gründe für „{{name}}“',
  fieldStatus: 'Status des Handlungsfelds',
  goalsOf: 'Ziele in „{{name}}“',
  noGoals: 'Noch keine Ziele.',
  measuresOfGoal: '{{total}} Maßnahmen, davon {{active}} laufend',
  trend: 'Verlauf kreisweit',
};

// English loads only when chosen (src/app/i18n.ts): the first load carries German alone.
export const overviewText = { de };
