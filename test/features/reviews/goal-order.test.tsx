// The coordinator finds the goals in the same order wherever a review lists them: on the
// review page, in the goal choice of "Anpassung empfehlen", and in the comparison of two reviews.
// That order is the concept's: fields of action in their order, then goals by title.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/core/schema';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeFieldOfAction, makeGoal, makeReview } from '../../factories';
import { renderApp } from '../../render-app';

const LOAD = { timeout: 10_000 };

// Stored in an order that is neither the concept's nor alphabetical, as records come from
// years of editing: fields and goals are created long after one another.
async function storeConcept() {
  const records = emptyRecords();
  const work = makeFieldOfAction({ code: 'arbeit', name: 'Arbeit und Ausbildung', order: 1 });
  const language = makeFieldOfAction({ code: 'sprache', name: 'Sprache und Bildung', order: 0 });
  const jobs = makeGoal({ fieldId: work.id, title: 'Schneller in Arbeit' });
  const b1 = makeGoal({ fieldId: language.id, title: 'Mehr Erwachsene erreichen B1' });
  const apprenticeships = makeGoal({ fieldId: work.id, title: 'Mehr Ausbildungsverträge' });
  const childcare = makeGoal({ fieldId: language.id, title: 'Kinderbetreuung während der Kurse' });
  const conceptOrder = [childcare, b1, apprenticeships, jobs];
  const assessed = (goal: Goal) => ({ id: goal.id, goalId: goal.id, computedStatus: 'on_track' as const, confirmedStatus: 'on_track' as const, overrideReason: '', findings: '' });
  const lastYear = makeReview({ title: 'Evaluation 2025', period: '2025', status: 'closed', closedOn: '2025-04-01', assessments: conceptOrder.map(assessed) });
  const thisYear = makeReview({ title: 'Evaluation 2026', period: '2026', assessments: conceptOrder.map(assessed) });
  records.fieldsOfAction.push(work, language);
  records.goals.push(jobs, b1, apprenticeships, childcare);
  records.reviews.push(lastYear, thisYear);
  await replaceAll(records);
  return { thisYear, conceptOrder: conceptOrder.map((goal) => goal.title) };
}

let concept: Awaited<ReturnType<typeof storeConcept>>;

beforeEach(async () => {
  freshDatabase();
  concept = await storeConcept();
});

describe('one order of goals in every part of a review', () => {
  it('the review page, the goal choice of a recommendation and the comparison list the goals alike', async () => {
    renderApp(paths.review(concept.thisYear.id));
    await screen.findByRole('heading', { level: 1, name: 'Evaluation 2026' }, LOAD);
    const onPage = within(screen.getByRole('region', { name: 'Ziele' }))
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(onPage).toEqual(concept.conceptOrder);

    const recommend = screen.getByRole('region', { name: 'Empfohlene Anpassungen' });
    const choices = within(within(recommend).getByLabelText(/^Ziel/))
      .getAllByRole('option')
      .map((option) => option.textContent)
      .filter((text) => text !== 'Bitte wählen');
    expect(choices).toEqual(onPage);
  });

  it('the comparison of two reviews lists the goals as the review page does', async () => {
    renderApp(paths.reviews());
    const table = await screen.findByRole('table', { name: 'Vergleich Evaluation 2025 und Evaluation 2026' }, LOAD);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows).toEqual(concept.conceptOrder);
  });
});
