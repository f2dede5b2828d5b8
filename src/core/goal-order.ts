// The concept's order, for every screen that lists goals together: fields of action by their
// order (then name, should two share a number), and within a field the goals by title. The
// review page, its recommendations and the comparison of two reviews all list goals in it,
// so a coordinator finds a goal at the same place in each.
import type { FieldOfAction, Goal } from './schema';

export function fieldsInConceptOrder<F extends Pick<FieldOfAction, 'order' | 'name'>>(fields: readonly F[]): F[] {
  return [...fields].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'de'));
}

export function goalsInConceptOrder<G extends Pick<Goal, 'fieldId' | 'title'>>(goals: readonly G[], fields: readonly FieldOfAction[]): G[] {
  const rank = new Map(fieldsInConceptOrder(fields).map((field, index) => [field.id, index]));
  const fieldRank = (goal: G) => rank.get(goal.fieldId) ?? rank.size;
  return [...goals].sort((a, b) => fieldRank(a) - fieldRank(b) || a.title.localeCompare(b.title, 'de'));
}
