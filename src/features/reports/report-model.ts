// What the council report says about each goal: the review's confirmed status where the
// review assessed the goal (with the computed one and the reason when they differ), else the
// status computed now. A field's status follows from its goals' by the roll-up's own rule
// (any off track → off track, any at risk → at risk, none with data → no data), applied to
// the confirmed statuses so that the report never contradicts the review it presents.
import type { Goal, GoalStatus, Review } from '../../core/schema';

export type GoalLine = { goal: Goal; status: GoalStatus; computed: GoalStatus; overrideReason: string; findings: string };

export const statuses: GoalStatus[] = ['on_track', 'at_risk', 'off_track', 'no_data'];

export function goalLines(goals: Goal[], review: Review | null, computed: (goal: Goal) => GoalStatus): GoalLine[] {
  return goals.map((goal) => {
    const assessed = review?.assessments.find((a) => a.goalId === goal.id);
    if (assessed) {
      return { goal, status: assessed.confirmedStatus, computed: assessed.computedStatus, overrideReason: assessed.overrideReason, findings: assessed.findings };
    }
    const now = computed(goal);
    return { goal, status: now, computed: now, overrideReason: '', findings: '' };
  });
}

export function countByStatus(lines: GoalLine[]): Record<GoalStatus, number> {
  const counts: Record<GoalStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const line of lines) counts[line.status] += 1;
  return counts;
}

export function fieldStatusOf(lines: GoalLine[]): GoalStatus {
  const counts = countByStatus(lines);
  if (counts.off_track > 0) return 'off_track';
  if (counts.at_risk > 0) return 'at_risk';
  return counts.on_track > 0 ? 'on_track' : 'no_data';
}
