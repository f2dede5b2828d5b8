// English words of src/ui/status-reasons.ts, loaded with the English shell.
import type { Words } from './status-reasons';
import type { Translation } from './translation';

export const reasonsEn: Translation<Words> = {
  heading: 'Status and reasons',
  status: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data' },
  no_data: 'No county-wide measurement yet.',
  threshold_crossed: '{{value}} {{unit}} ({{period}}) is past the warning threshold of {{threshold}} {{unit}}.',
  behind_path: '{{value}} {{unit}} ({{period}}) is behind the target path; {{expected}} {{unit}} was expected.',
  on_path: '{{value}} {{unit}} ({{period}}) is on the target path (expected {{expected}} {{unit}}).',
  target_reached: 'The target of {{target}} {{unit}} is already reached with {{value}} {{unit}} ({{period}}).',
  stale_one: '{{count}} measurement missing since {{lastPeriod}}.',
  stale_other: '{{count}} measurements missing since {{lastPeriod}}.',
  moving_away: 'Moving away from the target two periods in a row: {{series}}.',
  indicator_off_track: 'Indicator “{{name}}” is off track.',
  indicator_at_risk: 'Indicator “{{name}}” is at risk.',
  indicator_adverse: 'Indicator “{{name}}” is developing adversely.',
  indicator_stale: 'Indicator “{{name}}”: {{stale}}',
  indicator_no_data: 'Indicator “{{name}}” has no data yet.',
  measures_stalled: '{{stalled}} of {{total}} measures are paused or dropped.',
  indicators_on_track_one: '{{count}} indicator is on track.',
  indicators_on_track_other: '{{count}} indicators are on track.',
  no_indicators: 'No indicator is linked to this goal.',
  no_measures: 'No measure is linked to this goal.',
  goal_off_track: 'Goal “{{title}}” is off track.',
  goal_at_risk: 'Goal “{{title}}” is at risk.',
  goals_no_data_one: '{{count}} goal has no data yet.',
  goals_no_data_other: '{{count}} goals have no data yet.',
  goals_on_track: '{{count}} of {{total}} goals are on track.',
  no_goals: 'This field of action has no goals yet.',
};
