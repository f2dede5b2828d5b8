// The review page holds a form per goal, one for the overall findings and one for a
// recommendation. Whichever of them holds typed text, following a link asks first.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeFieldOfAction, makeGoal, makeReview } from '../../factories';
import { renderApp } from '../../render-app';

async function storeOpenReview() {
  const records = emptyRecords();
  const field = makeFieldOfAction({ name: 'Sprache und Bildung' });
  const b1 = makeGoal({ fieldId: field.id, title: 'Mehr Erwachsene erreichen B1' });
  const childcare = makeGoal({ fieldId: field.id, title: 'Kinderbetreuung während der Kurse' });
  const review = makeReview({
    title: 'Evaluation 2026',
    period: '2026',
    assessments: [b1, childcare].map((goal) => ({ id: goal.id, goalId: goal.id, computedStatus: 'on_track', confirmedStatus: 'on_track', overrideReason: '', findings: '' })),
  });
  records.fieldsOfAction.push(field);
  records.goals.push(b1, childcare);
  records.reviews.push(review);
  await replaceAll(records);
  return review;
}

let review: Awaited<ReturnType<typeof storeOpenReview>>;

beforeEach(async () => {
  freshDatabase();
  review = await storeOpenReview();
});

async function openReviewPage() {
  const app = renderApp(paths.review(review.id));
  await screen.findByRole('heading', { level: 1, name: 'Evaluation 2026' });
  return app;
}

const goal = (title: string) => screen.getByRole('region', { name: title });
const overall = () => screen.getByRole('region', { name: 'Gesamtergebnis' });

describe('typed text on the review page is never dropped by a navigation link', () => {
  it('asks when a goal’s findings and the overall findings hold text; staying keeps both', async () => {
    const { user, router } = await openReviewPage();
    await user.type(within(goal('Mehr Erwachsene erreichen B1')).getByLabelText('Erkenntnisse'), 'Kurse voll belegt.');
    await user.type(within(overall()).getByLabelText('Erkenntnisse insgesamt'), 'Gutes Jahr.');

    await user.click(screen.getByRole('link', { name: 'Überblick' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ungespeicherte Änderungen' });
    await user.click(within(dialog).getByRole('button', { name: 'Weiter bearbeiten' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.review(review.id));
    expect(within(goal('Mehr Erwachsene erreichen B1')).getByLabelText('Erkenntnisse')).toHaveValue('Kurse voll belegt.');
    expect(within(overall()).getByLabelText('Erkenntnisse insgesamt')).toHaveValue('Gutes Jahr.');
  });

  it('asks when only the first goal’s deviation reason holds text', async () => {
    const { user } = await openReviewPage();
    await user.type(within(goal('Mehr Erwachsene erreichen B1')).getByLabelText('Begründung der Abweichung'), 'Prüfungen fielen aus.');

    await user.click(screen.getByRole('link', { name: 'Überblick' }));

    expect(await screen.findByRole('alertdialog', { name: 'Ungespeicherte Änderungen' })).toBeInTheDocument();
  });

  it('does not ask once the typed text is saved', async () => {
    const { user } = await openReviewPage();
    const findings = within(overall()).getByLabelText('Erkenntnisse insgesamt');
    await user.type(findings, 'Gutes Jahr.');
    await user.click(within(overall()).getByRole('button', { name: 'Erkenntnisse speichern' }));
    await within(overall()).findByText('Erkenntnisse gespeichert.');

    await user.click(screen.getByRole('link', { name: 'Überblick' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Überblick' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
