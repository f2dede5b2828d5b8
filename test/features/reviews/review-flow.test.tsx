import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { getById, listActive } from '../../../src/db/repository';
import { replaceAll } from '../../../src/db/snapshot';
import { paths } from '../../../src/ui/paths';
import { freshDatabase, makeFieldOfAction, makeGoal, makeIndicator, makeMeasure, makeMeasurement, makeReview } from '../../factories';
import { renderApp } from '../../render-app';

// One field with two goals: the B1 goal's indicator fell below its warning threshold (so the
// goal is computed off track); the childcare goal has no indicator yet (no data). Last year's
// review saw the B1 goal on track.
async function storeConcept() {
  const records = emptyRecords();
  const field = makeFieldOfAction({ name: 'Sprache und Bildung' });
  const b1 = makeGoal({ fieldId: field.id, title: 'Mehr Erwachsene erreichen B1' });
  const childcare = makeGoal({ fieldId: field.id, title: 'Kinderbetreuung während der Kurse' });
  const cafe = makeMeasure({ goalIds: [b1.id], title: 'Sprachcafé in Haldensleben', status: 'active' });
  const evenings = makeMeasure({ goalIds: [b1.id], title: 'Elternabende zur Sprachförderung', status: 'active' });
  const indicator = makeIndicator({ goalIds: [b1.id], baseline: { value: 40, date: '2023-12-31' }, target: { value: 60, date: '2027-12-31' }, warningThreshold: 35 });
  const lastYear = makeReview({
    title: 'Evaluation 2025',
    period: '2025',
    status: 'closed',
    openedOn: '2025-03-01',
    closedOn: '2025-04-01',
    assessments: [
      { id: b1.id, goalId: b1.id, computedStatus: 'on_track', confirmedStatus: 'on_track', overrideReason: '', findings: '' },
      { id: childcare.id, goalId: childcare.id, computedStatus: 'no_data', confirmedStatus: 'no_data', overrideReason: '', findings: '' },
    ],
  });
  records.fieldsOfAction.push(field);
  records.goals.push(b1, childcare);
  records.measures.push(cafe, evenings);
  records.indicators.push(indicator);
  records.measurements.push(makeMeasurement({ indicatorId: indicator.id, period: '2024', value: 30 }));
  records.reviews.push(lastYear);
  await replaceAll(records);
  return { field, b1, childcare, cafe, evenings, lastYear };
}

let concept: Awaited<ReturnType<typeof storeConcept>>;

beforeEach(async () => {
  freshDatabase();
  concept = await storeConcept();
});

async function openReview(title: string, period: string) {
  const app = renderApp(paths.reviews());
  const { user } = app;
  await screen.findByRole('heading', { level: 1, name: 'Evaluationen' });
  const titleInput = screen.getByLabelText(/^Titel/);
  await user.clear(titleInput);
  await user.type(titleInput, title);
  const periodInput = screen.getByLabelText(/^Zeitraum/);
  await user.clear(periodInput);
  await user.type(periodInput, period);
  await user.click(screen.getByRole('button', { name: 'Evaluation eröffnen' }));
  await screen.findByRole('heading', { level: 1, name: title });
  return app;
}

const goalRegion = (title: string) => screen.getByRole('region', { name: title });
const storedReview = async (title: string) => (await listActive('reviews')).find((r) => r.title === title)!;

describe('the coordinator runs this year’s review', () => {
  it('opens it with computed statuses, and overrides one only with a reason', async () => {
    const { user } = await openReview('Evaluation 2026', '2026');

    // Every goal starts with its computed status, confirmed until someone says otherwise.
    const b1 = goalRegion('Mehr Erwachsene erreichen B1');
    expect(within(b1).getByText('Berechneter Status: Nicht im Plan')).toBeInTheDocument();
    expect(within(b1).getByLabelText('Bestätigter Status')).toHaveDisplayValue('Nicht im Plan');
    expect(within(goalRegion('Kinderbetreuung während der Kurse')).getByText('Berechneter Status: Keine Daten')).toBeInTheDocument();

    // Overriding without a reason is refused beside the reason field, and nothing is stored.
    await user.selectOptions(within(b1).getByLabelText('Bestätigter Status'), 'Gefährdet');
    await user.click(within(b1).getByRole('button', { name: 'Bewertung speichern' }));
    const reason = within(b1).getByLabelText('Begründung der Abweichung');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('ist ein Pflichtfeld.'));
    expect(within(b1).getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie 1 Angabe. Es wurde nichts gespeichert.');
    expect((await storedReview('Evaluation 2026')).assessments.find((a) => a.goalId === concept.b1.id)).toMatchObject({ confirmedStatus: 'off_track', overrideReason: '' });

    // With a reason it is saved.
    await user.type(reason, 'Prüfungen fielen aus.');
    await user.click(within(b1).getByRole('button', { name: 'Bewertung speichern' }));
    expect(await within(b1).findByText('Bewertung gespeichert.')).toBeInTheDocument();
    expect((await storedReview('Evaluation 2026')).assessments.find((a) => a.goalId === concept.b1.id)).toMatchObject({
      computedStatus: 'off_track',
      confirmedStatus: 'at_risk',
      overrideReason: 'Prüfungen fielen aus.',
    });
  });

  it('recommends dropping a measure and applies it to the concept from the review', async () => {
    const { user } = await openReview('Evaluation 2026', '2026');

    // A recommendation to drop a measure, applied to the concept from the review.
    const adaptations = screen.getByRole('region', { name: 'Empfohlene Anpassungen' });
    await user.selectOptions(within(adaptations).getByLabelText('Art der Anpassung'), 'Maßnahme verwerfen');
    await user.selectOptions(within(adaptations).getByLabelText(/^Maßnahme/), 'Elternabende zur Sprachförderung');
    await user.type(within(adaptations).getByLabelText(/^Kurze Begründung/), 'Kaum Teilnahme seit einem Jahr');
    await user.click(within(adaptations).getByRole('button', { name: 'Anpassung empfehlen' }));
    expect(await within(adaptations).findByText('noch nicht übernommen')).toBeInTheDocument();
    expect((await getById('measures', concept.evenings.id))?.status).toBe('active');

    await user.click(within(adaptations).getByRole('button', { name: '„Kaum Teilnahme seit einem Jahr“ in das Konzept übernehmen' }));
    expect(await within(adaptations).findByText(/^übernommen am/)).toBeInTheDocument();
    const dropped = await getById('measures', concept.evenings.id);
    expect(dropped?.status).toBe('dropped');
    expect(dropped?.progressNotes.at(-1)?.text).toBe('Verworfen aus „Evaluation 2026“: Kaum Teilnahme seit einem Jahr');
    expect((await storedReview('Evaluation 2026')).adaptations[0]?.appliedAt).not.toBeNull();
    expect((await getById('measures', concept.cafe.id))?.status).toBe('active');
  });

  it('closes the review, which then stays read-only, and compares it with last year', async () => {
    const { user } = await openReview('Evaluation 2026', '2026');
    const b1 = goalRegion('Mehr Erwachsene erreichen B1');
    await user.selectOptions(within(b1).getByLabelText('Bestätigter Status'), 'Gefährdet');
    await user.type(within(b1).getByLabelText('Begründung der Abweichung'), 'Prüfungen fielen aus.');
    await user.click(within(b1).getByRole('button', { name: 'Bewertung speichern' }));
    await within(b1).findByText('Bewertung gespeichert.');

    // Closing asks first, then leaves the review read-only.
    await user.click(screen.getByRole('button', { name: 'Evaluation abschließen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Evaluation abschließen' }));
    // The button that raised the question is gone; the focus is on the note that says why.
    const note = await screen.findByText('Diese Evaluation ist abgeschlossen und kann nicht mehr geändert werden.');
    await waitFor(() => expect(note).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Bewertung speichern' })).not.toBeInTheDocument();
    const closed = await storedReview('Evaluation 2026');
    expect(closed.status).toBe('closed');
    expect(closed.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Year over year: the B1 goal went from on track to at risk; childcare stayed without data.
    await user.click(screen.getByRole('link', { name: 'Evaluationen' }));
    const table = await screen.findByRole('table', { name: 'Vergleich Evaluation 2025 und Evaluation 2026' });
    const row = (goal: string) => within(table).getByRole('row', { name: new RegExp(goal) });
    expect(within(row('Mehr Erwachsene erreichen B1')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Im Plan', 'Gefährdet', 'verschlechtert']);
    expect(within(row('Kinderbetreuung')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Keine Daten', 'Keine Daten', 'unverändert']);
    expect(screen.getByText('1 Ziel hat sich verändert.')).toBeInTheDocument();
  });

  it('turns a recommended new measure into a planned measure under its goal', async () => {
    const { user } = await openReview('Evaluation 2026', '2026');
    const adaptations = screen.getByRole('region', { name: 'Empfohlene Anpassungen' });
    await user.click(within(adaptations).getByRole('button', { name: 'Anpassung empfehlen' }));
    expect(within(adaptations).getByLabelText(/^Ziel/)).toHaveAccessibleDescription('ist ein Pflichtfeld.');

    await user.selectOptions(within(adaptations).getByLabelText(/^Ziel/), 'Kinderbetreuung während der Kurse');
    await user.type(within(adaptations).getByLabelText(/^Titel der neuen Maßnahme/), 'Kinderbetreuung im Kursgebäude');
    await user.click(within(adaptations).getByRole('button', { name: 'Anpassung empfehlen' }));
    await user.click(await within(adaptations).findByRole('button', { name: '„Kinderbetreuung im Kursgebäude“ in das Konzept übernehmen' }));
    await within(adaptations).findByText(/^übernommen am/);

    const created = (await listActive('measures')).find((m) => m.title === 'Kinderbetreuung im Kursgebäude');
    expect(created).toMatchObject({ status: 'planned', goalIds: [concept.childcare.id] });
    expect((await storedReview('Evaluation 2026')).adaptations[0]).toMatchObject({ measureId: created!.id });
  });
});
