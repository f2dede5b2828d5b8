// The "why" behind a status, in words. The core gives reasons as data (a code and its
// figures); the overview, plan screens, evaluation and council report all word them here, so a
// reason reads the same everywhere. Picked by language like src/core/messages.ts.
import type { Reason } from '../core/indicator-status';
import type { FieldReason, GoalReason } from '../core/rollup';
import type { GoalStatus } from '../core/schema';
import { formatNumber } from './format';
import { interpolate } from './i18n/translate';

const de = {
  heading: 'Stand und Gründe',
  status: { on_track: 'Im Plan', at_risk: 'Gefährdet', off_track: 'Nicht im Plan', no_data: 'Keine Daten' },
  no_data: 'Noch kein kreisweiter Messwert.',
  threshold_crossed: '{{value}} {{unit}} ({{period}}) liegt jenseits der Warnschwelle von {{threshold}} {{unit}}.',
  behind_path: '{{value}} {{unit}} ({{period}}) liegt hinter dem Zielpfad; erwartet waren {{expected}} {{unit}}.',
  on_path: '{{value}} {{unit}} ({{period}}) liegt auf dem Zielpfad (erwartet {{expected}} {{unit}}).',
  target_reached: 'Der Zielwert von {{target}} {{unit}} ist mit {{value}} {{unit}} ({{period}}) schon erreicht.',
  stale_one: 'Seit {{lastPeriod}} fehlt {{count}} Messwert.',
  stale_other: 'Seit {{lastPeriod}} fehlen {{count}} Messwerte.',
  moving_away: 'Entfernt sich zwei Zeiträume in Folge vom Ziel: {{series}}.',
  indicator_off_track: 'Indikator „{{name}}“ ist nicht im Plan.',
  indicator_at_risk: 'Indikator „{{name}}“ ist gefährdet.',
  indicator_adverse: 'Indikator „{{name}}“ entwickelt sich ungünstig.',
  indicator_stale: 'Indikator „{{name}}“: {{stale}}',
  indicator_no_data: 'Indikator „{{name}}“ hat noch keine Daten.',
  measures_stalled: '{{stalled}} von {{total}} Maßnahmen sind pausiert oder eingestellt.',
  indicators_on_track_one: '{{count}} Indikator ist im Plan.',
  indicators_on_track_other: '{{count}} Indikatoren sind im Plan.',
  no_indicators: 'Dem Ziel ist kein Indikator zugeordnet.',
  no_measures: 'Dem Ziel ist keine Maßnahme zugeordnet.',
  goal_off_track: 'Ziel „{{title}}“ ist nicht im Plan.',
  goal_at_risk: 'Ziel „{{title}}“ ist gefährdet.',
  goals_no_data_one: '{{count}} Ziel hat noch keine Daten.',
  goals_no_data_other: '{{count}} Ziele haben noch keine Daten.',
  goals_on_track: '{{count}} von {{total}} Zielen sind im Plan.',
  no_goals: 'Das Handlungsfeld hat noch keine Ziele.',
};


export type Words = typeof de;

// English arrives with the English shell (src/app/i18n.ts), so a German first visit does not
// carry it; until then every language reads German.
let en: Words | undefined;
export function provideEnglishReasons(words: Words): void {
  en = words;
}
const words = (lang: string): Words => (lang === 'en' && en ? en : de);

export function statusHeading(lang: string): string {
  return words(lang).heading;
}

export function statusLabel(status: GoalStatus, lang: string): string {
  return words(lang).status[status];
}

/** One indicator reason as a sentence; `unit` is the indicator's unit. */
export function reasonText(reason: Reason, unit: string, lang: string): string {
  const w = words(lang);
  const n = (v: number) => formatNumber(v, lang);
  switch (reason.code) {
    case 'no_data':
      return w.no_data;
    case 'threshold_crossed':
      return interpolate(w.threshold_crossed, { value: n(reason.value), threshold: n(reason.threshold), period: reason.period, unit });
    case 'behind_path':
      return interpolate(w.behind_path, { value: n(reason.value), expected: n(reason.expected), period: reason.period, unit });
    case 'on_path':
      return interpolate(w.on_path, { value: n(reason.value), expected: n(reason.expected), period: reason.period, unit });
    case 'target_reached':
      return interpolate(w.target_reached, { value: n(reason.value), target: n(reason.target), period: reason.period, unit });
    case 'stale':
      return interpolate(reason.periods === 1 ? w.stale_one : w.stale_other, { count: reason.periods, lastPeriod: reason.lastPeriod });
    case 'moving_away':
      return interpolate(w.moving_away, { series: reason.periods.map((p, i) => `${p}: ${n(reason.values[i]!)} ${unit}`).join(' → ') });
  }
}

/** A goal reason as a sentence, followed by the indicator's own reasons where it has some. */
export function goalReasonText(reason: GoalReason, lang: string): { text: string; details: string[] } {
  const w = words(lang);
  switch (reason.code) {
    case 'indicator_off_track':
    case 'indicator_at_risk':
    case 'indicator_adverse':
      return { text: interpolate(w[reason.code], { name: reason.name }), details: reason.details.map((d) => reasonText(d, reason.unit, lang)) };
    case 'indicator_stale':
      return {
        text: interpolate(w.indicator_stale, { name: reason.name, stale: reasonText({ code: 'stale', lastPeriod: reason.lastPeriod, periods: reason.periods }, reason.unit, lang) }),
        details: [],
      };
    case 'indicator_no_data':
      return { text: interpolate(w.indicator_no_data, { name: reason.name }), details: [] };
    case 'measures_stalled':
      return { text: interpolate(w.measures_stalled, { stalled: reason.stalled, total: reason.total }), details: [] };
    case 'indicators_on_track':
      return { text: interpolate(reason.count === 1 ? w.indicators_on_track_one : w.indicators_on_track_other, { count: reason.count }), details: [] };
    case 'no_indicators':
    case 'no_measures':
      return { text: w[reason.code], details: [] };
  }
}

export function fieldReasonText(reason: FieldReason, lang: string): string {
  const w = words(lang);
  switch (reason.code) {
    case 'goal_off_track':
    case 'goal_at_risk':
      return interpolate(w[reason.code], { title: reason.title });
    case 'goals_no_data':
      return interpolate(reason.count === 1 ? w.goals_no_data_one : w.goals_no_data_other, { count: reason.count });
    case 'goals_on_track':
      return interpolate(w.goals_on_track, { count: reason.count, total: reason.total });
    case 'no_goals':
      return w.no_goals;
  }
}
