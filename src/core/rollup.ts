// Roll-up: a goal's status from its indicators and its measures, a field's from its goals.
// Goal (indicators are those listing the goal in goalIds; measures those listing it in goalIds):
// 1. off_track when any indicator is off track (behind by more than a quarter of the way, or
//    past its warning threshold) or develops adversely (two periods moving away from target);
// 2. at_risk when any indicator is at risk, or more than half of its measures are paused or
//    dropped (the work behind the goal has stalled, whatever the figures say yet);
// 3. no_data when none of its indicators has a county-wide value (also: no indicators at all);
// 4. on_track otherwise: every indicator with data is on track. Indicators without data do not
//    pull a goal down, but are named among the reasons.
// Field: off_track if any goal is off track, else at_risk if any is at risk, else no_data when
// it has no goals or none of its goals has data, else on_track.
// Staleness never changes a status; it is named among the reasons.
// Speed: the first call for a data object groups measurements by indicator once and assesses
// each indicator once (cached per data object and day), so rolling up a whole concept is one
// pass over the measurements plus a sort per indicator.
import type { AdverseDevelopment } from './adverse';
import { assessIndicator } from './indicator-status';
import type { IndicatorAssessment, Reason } from './indicator-status';
import type { FieldOfAction, Goal, GoalStatus, Indicator, Measure, Measurement, MeasureStatus } from './schema';
import { groupByIndicator } from './series';

export type RollupData = { indicators: Indicator[]; measurements: Measurement[]; measures: Measure[] };

export type IndicatorRef = { indicatorId: string; name: string; unit: string };

export type GoalReason =
  | ({ code: 'indicator_off_track' | 'indicator_at_risk'; details: Reason[] } & IndicatorRef)
  | ({ code: 'indicator_adverse'; adverse: AdverseDevelopment; details: Reason[] } & IndicatorRef)
  | ({ code: 'indicator_stale'; lastPeriod: string; periods: number } & IndicatorRef)
  | ({ code: 'indicator_no_data' } & IndicatorRef)
  | { code: 'measures_stalled'; stalled: number; total: number }
  | { code: 'indicators_on_track'; count: number }
  | { code: 'no_indicators' }
  | { code: 'no_measures' };

export type GoalRollup = {
  goalId: string;
  status: GoalStatus;
  indicators: { indicator: Indicator; assessment: IndicatorAssessment }[];
  measures: { total: number; byStatus: Record<MeasureStatus, number> };
  reasons: GoalReason[];
};

export type FieldReason =
  | { code: 'goal_off_track' | 'goal_at_risk'; goalId: string; title: string }
  | { code: 'goals_no_data'; count: number }
  | { code: 'goals_on_track'; count: number; total: number }
  | { code: 'no_goals' };

export type FieldRollup = { fieldId: string; status: GoalStatus; goals: GoalRollup[]; reasons: FieldReason[] };

type Index = {
  assessments: Map<string, IndicatorAssessment>;
  indicatorsByGoal: Map<string, Indicator[]>;
  measuresByGoal: Map<string, Measure[]>;
};

const cache = new WeakMap<RollupData, Map<string, Index>>();

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups measurements by indicator once and assesses every indicator once. */
export function indexRollup(data: RollupData, today: string): Index {
  let byDay = cache.get(data);
  const known = byDay?.get(today);
  if (known) return known;
  const byIndicator = groupByIndicator(data.measurements);
  const assessments = new Map<string, IndicatorAssessment>();
  const indicatorsByGoal = new Map<string, Indicator[]>();
  for (const indicator of data.indicators) {
    if (indicator.deleted) continue;
    assessments.set(indicator.id, assessIndicator(indicator, byIndicator.get(indicator.id) ?? [], today));
    for (const goalId of indicator.goalIds) push(indicatorsByGoal, goalId, indicator);
  }
  const measuresByGoal = new Map<string, Measure[]>();
  for (const measure of data.measures) {
    if (measure.deleted) continue;
    for (const goalId of measure.goalIds) push(measuresByGoal, goalId, measure);
  }
  const index = { assessments, indicatorsByGoal, measuresByGoal };
  if (!byDay) {
    byDay = new Map();
    cache.set(data, byDay);
  }
  byDay.set(today, index);
  return index;
}

const emptyByStatus = (): Record<MeasureStatus, number> => ({ planned: 0, active: 0, done: 0, paused: 0, dropped: 0 });

export function goalStatus(goal: Pick<Goal, 'id'>, data: RollupData, today: string): GoalRollup {
  const index = indexRollup(data, today);
  const indicators = (index.indicatorsByGoal.get(goal.id) ?? []).map((indicator) => ({ indicator, assessment: index.assessments.get(indicator.id)! }));
  const measures = index.measuresByGoal.get(goal.id) ?? [];
  const byStatus = emptyByStatus();
  for (const m of measures) byStatus[m.status] += 1;

  const flagged: GoalReason[] = [];
  const quiet: GoalReason[] = [];
  let offTrack = false;
  let atRisk = false;
  let withData = 0;
  let onTrack = 0;
  for (const { indicator, assessment } of indicators) {
    const ref: IndicatorRef = { indicatorId: indicator.id, name: indicator.name, unit: indicator.unit };
    const details = assessment.reasons.filter((r) => r.code !== 'stale');
    if (assessment.status !== 'no_data') withData += 1;
    if (assessment.status === 'off_track') {
      offTrack = true;
      flagged.push({ code: 'indicator_off_track', ...ref, details });
    } else if (assessment.adverse) {
      offTrack = true;
      flagged.push({ code: 'indicator_adverse', ...ref, adverse: assessment.adverse, details });
    } else if (assessment.status === 'at_risk') {
      atRisk = true;
      flagged.push({ code: 'indicator_at_risk', ...ref, details });
    } else if (assessment.status === 'no_data') {
      quiet.push({ code: 'indicator_no_data', ...ref });
    } else {
      onTrack += 1;
    }
    const stale = assessment.reasons.find((r) => r.code === 'stale');
    if (stale) quiet.push({ code: 'indicator_stale', ...ref, lastPeriod: stale.lastPeriod, periods: stale.periods });
  }
  const stalled = byStatus.paused + byStatus.dropped;
  if (measures.length > 0 && stalled * 2 > measures.length) {
    atRisk = true;
    flagged.push({ code: 'measures_stalled', stalled, total: measures.length });
  }
  if (indicators.length === 0) quiet.push({ code: 'no_indicators' });
  if (measures.length === 0) quiet.push({ code: 'no_measures' });
  if (onTrack > 0) quiet.push({ code: 'indicators_on_track', count: onTrack });

  const status: GoalStatus = offTrack ? 'off_track' : atRisk ? 'at_risk' : withData === 0 ? 'no_data' : 'on_track';
  return { goalId: goal.id, status, indicators, measures: { total: measures.length, byStatus }, reasons: [...flagged, ...quiet] };
}

/** A field's status from its goals (those of `goals` whose fieldId is the field's). */
export function fieldStatus(field: Pick<FieldOfAction, 'id'>, goals: Goal[], data: RollupData, today: string): FieldRollup {
  const own = goals.filter((g) => g.fieldId === field.id && !g.deleted);
  const rolled = own.map((goal) => goalStatus(goal, data, today));
  const reasons: FieldReason[] = [];
  const count = (status: GoalStatus) => rolled.filter((g) => g.status === status).length;
  rolled.forEach((g, i) => {
    if (g.status === 'off_track' || g.status === 'at_risk') reasons.push({ code: g.status === 'off_track' ? 'goal_off_track' : 'goal_at_risk', goalId: g.goalId, title: own[i]!.title });
  });
  // Off-track goals first: they are what the coordinator looks for.
  reasons.sort((a, b) => (a.code === b.code ? 0 : a.code === 'goal_off_track' ? -1 : 1));
  if (own.length === 0) reasons.push({ code: 'no_goals' });
  if (count('no_data') > 0) reasons.push({ code: 'goals_no_data', count: count('no_data') });
  if (count('on_track') > 0) reasons.push({ code: 'goals_on_track', count: count('on_track'), total: own.length });
  const status: GoalStatus =
    count('off_track') > 0 ? 'off_track' : count('at_risk') > 0 ? 'at_risk' : count('on_track') === 0 ? 'no_data' : 'on_track';
  return { fieldId: field.id, status, goals: rolled, reasons };
}

/** Every field of the concept, in its order, with its goals rolled up. */
export function conceptStatus(fields: FieldOfAction[], goals: Goal[], data: RollupData, today: string): FieldRollup[] {
  const goalsByField = new Map<string, Goal[]>();
  for (const goal of goals) push(goalsByField, goal.fieldId, goal);
  return fields
    .filter((f) => !f.deleted)
    .sort((a, b) => a.order - b.order)
    .map((field) => fieldStatus(field, goalsByField.get(field.id) ?? [], data, today));
}
