// The review's rules that are not the schema's: pre-filling each goal's assessment from the
// computed roll-up, comparing two reviews goal by goal, and turning a recommended adaptation
// into the change it makes to a measure. Pure functions; the screens do the writing.
import type { Adaptation, Goal, GoalAssessment, GoalStatus, Measure, ProgressNote, Review } from '../../core/schema';
import type { Problem } from '../../core/validation';

/** Each goal's assessment with the computed status confirmed until someone says otherwise. */
export function prefillAssessments(goals: Goal[], computed: (goal: Goal) => GoalStatus): GoalAssessment[] {
  return goals.map((goal) => {
    const status = computed(goal);
    return { id: goal.id, goalId: goal.id, computedStatus: status, confirmedStatus: status, overrideReason: '', findings: '' };
  });
}

const rank: Record<GoalStatus, number> = { off_track: 0, at_risk: 1, on_track: 2, no_data: -1 };

export type Change = 'same' | 'better' | 'worse' | 'different' | 'notAssessed';

export type ComparisonRow = { goal: Goal; earlier: GoalStatus | null; later: GoalStatus | null; change: Change };

/** Per goal (in the order given), its confirmed status in each review and how it moved. */
export function compareReviews(earlier: Review, later: Review, goals: Goal[]): ComparisonRow[] {
  const status = (review: Review, goalId: string) => review.assessments.find((a) => a.goalId === goalId)?.confirmedStatus ?? null;
  return goals
    .map((goal) => ({ goal, earlier: status(earlier, goal.id), later: status(later, goal.id) }))
    .filter((row) => row.earlier !== null || row.later !== null)
    .map((row) => {
      let change: Change;
      if (row.earlier === null || row.later === null) change = 'notAssessed';
      else if (row.earlier === row.later) change = 'same';
      else if (rank[row.earlier] < 0 || rank[row.later] < 0) change = 'different';
      else change = rank[row.later] > rank[row.earlier] ? 'better' : 'worse';
      return { ...row, change };
    });
}

/** Older reviews first, by period, then by opening date. */
export function byPeriod(a: Review, b: Review): number {
  return a.period.localeCompare(b.period, 'de', { numeric: true }) || a.openedOn.localeCompare(b.openedOn);
}

/**
 * What applying a change or drop does to the measure. A change takes the adaptation's title
 * as the measure's new title and, when given, its description as the new description; a drop
 * sets the status to dropped. Both leave a progress note saying which review decided it, so
 * the measure's history explains itself.
 */
export function measureChanges(adaptation: Adaptation, measure: Measure, note: ProgressNote): Partial<Measure> {
  const progressNotes = [...measure.progressNotes, note];
  if (adaptation.kind === 'drop_measure') return { status: 'dropped', progressNotes };
  return {
    title: adaptation.title,
    ...(adaptation.description.trim() ? { description: adaptation.description } : {}),
    progressNotes,
  };
}

/** Problems the schema cannot see: which adaptation needs a goal and which a measure. */
export function adaptationTargetProblems(kind: Adaptation['kind'], goalId: string, measureId: string): Problem[] {
  if (kind === 'new_measure') return goalId ? [] : [{ path: 'goalId', code: 'required', params: {} }];
  return measureId ? [] : [{ path: 'measureId', code: 'required', params: {} }];
}
