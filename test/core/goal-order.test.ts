import { describe, expect, it } from 'vitest';
import { fieldsInConceptOrder, goalsInConceptOrder } from '../../src/core/goal-order';
import { makeFieldOfAction, makeGoal } from '../factories';

describe('the concept’s order of goals', () => {
  const work = makeFieldOfAction({ code: 'arbeit', name: 'Arbeit', order: 2 });
  const health = makeFieldOfAction({ code: 'gesundheit', name: 'Gesundheit', order: 1 });
  const education = makeFieldOfAction({ code: 'bildung', name: 'Bildung', order: 1 });

  it('takes fields by their number, and two fields with one number by name', () => {
    expect(fieldsInConceptOrder([work, health, education]).map((f) => f.name)).toEqual(['Bildung', 'Gesundheit', 'Arbeit']);
  });

  it('lists goals field by field, by title within a field (German collation), and goals of an unknown field last', () => {
    const goals = [
      makeGoal({ fieldId: work.id, title: 'Schneller in Arbeit' }),
      makeGoal({ fieldId: '00000000-0000-4000-8000-0000000fffff', title: 'Aus einem gelöschten Feld' }),
      makeGoal({ fieldId: education.id, title: 'Übergänge begleiten' }),
      makeGoal({ fieldId: education.id, title: 'Abschlüsse nachholen' }),
      makeGoal({ fieldId: health.id, title: 'Sprachmittlung beim Arzt' }),
    ];
    expect(goalsInConceptOrder(goals, [work, health, education]).map((g) => g.title)).toEqual([
      'Abschlüsse nachholen',
      'Übergänge begleiten',
      'Sprachmittlung beim Arzt',
      'Schneller in Arbeit',
      'Aus einem gelöschten Feld',
    ]);
  });
});
