// Counting a plan's parts: a measure may implement goals in several fields, so it counts
// once for each field it reaches, never twice within one field.
import type { Goal, Measure } from '../../core/schema';

export function measuresOfGoal(measures: Measure[], goalId: string): Measure[] {
  return measures.filter((m) => m.goalIds.includes(goalId));
}

export function measuresOfField(measures: Measure[], goals: Goal[], fieldId: string): Measure[] {
  const goalIds = new Set(goals.filter((g) => g.fieldId === fieldId).map((g) => g.id));
  return measures.filter((m) => m.goalIds.some((id) => goalIds.has(id)));
}
