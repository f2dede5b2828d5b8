import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { listActive } from '../../../src/db/repository';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storePlan } from './plan-data';

let plan: Awaited<ReturnType<typeof storePlan>>;

beforeEach(async () => {
  freshDatabase();
  plan = await storePlan();
});

describe('the fields of action', () => {
  it('lists each field in its order with how many goals and measures it has', async () => {
    renderApp('/handlungsfelder');
    await screen.findByRole('heading', { level: 1, name: 'Handlungsfelder' });
    const fieldRows = within(screen.getByRole('main')).getAllByRole('link', { name: /Ziel/ });
    expect(fieldRows.map((row) => row.textContent)).toEqual(['Arbeit und Ausbildung1 Ziel · 0 Maßnahmen', 'Sprache und Bildung1 Ziel · 1 Maßnahme']);
  });

  it('shows a field’s needs with a link to each', async () => {
    renderApp(`/handlungsfelder/${plan.language.id}`);
    const needs = await screen.findByRole('region', { name: 'Festgestellte Bedarfe' });
    expect(within(needs).getByText('1 Bedarf ist für dieses Handlungsfeld erfasst.')).toBeInTheDocument();
    expect(within(needs).getByRole('link', { name: /Kinderbetreuung während der Sprachkurse fehlt/ })).toHaveAttribute('href', `/bedarfe/${plan.need.id}`);
  });
});

describe('the coordinator extends the plan', () => {
  it('adds a goal to a field of action and finds it in the field’s list', async () => {
    const { user } = renderApp(`/handlungsfelder/${plan.work.id}`);
    const form = await screen.findByRole('region', { name: 'Ziel hinzufügen' });
    await user.type(within(form).getByLabelText(/Titel des Ziels/), 'Mehr Anerkennungen ausländischer Abschlüsse');
    await user.selectOptions(within(form).getByLabelText(/Priorität/), 'Hoch');
    await user.click(within(form).getByRole('button', { name: 'Ziel hinzufügen' }));

    const goals = screen.getByRole('region', { name: 'Ziele' });
    expect(await within(goals).findByRole('link', { name: /Mehr Anerkennungen ausländischer Abschlüsse/ })).toBeInTheDocument();
    // The list shows the new goal as soon as it is stored; the form is replaced by an empty one
    // right after, so wait for that rather than assume it happened in the same render.
    await waitFor(() => expect(within(form).getByLabelText(/Titel des Ziels/)).toHaveValue(''));
    const stored = (await listActive('goals')).find((g) => g.title === 'Mehr Anerkennungen ausländischer Abschlüsse');
    expect(stored).toMatchObject({ fieldId: plan.work.id, priority: 'high', targetDate: null });
  });

  it('is told beside the field when a new goal has no title, and nothing is stored', async () => {
    const { user } = renderApp(`/handlungsfelder/${plan.work.id}`);
    const form = await screen.findByRole('region', { name: 'Ziel hinzufügen' });
    await user.click(within(form).getByRole('button', { name: 'Ziel hinzufügen' }));

    expect(within(form).getByLabelText(/Titel des Ziels/)).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect(await listActive('goals')).toHaveLength(2);
  });

  it('adds a measure to a goal; it starts county-wide and opens from the goal', async () => {
    const { user } = renderApp(`/ziele/${plan.otherGoal.id}`);
    const form = await screen.findByRole('region', { name: 'Maßnahme hinzufügen' });
    await user.type(within(form).getByLabelText(/Titel der Maßnahme/), 'Ausbildungsmesse mit Dolmetschenden');
    await user.type(within(form).getByLabelText(/Verantwortliche Stelle/), 'Jobcenter Börde');
    await user.click(within(form).getByRole('button', { name: 'Maßnahme hinzufügen' }));

    expect(await screen.findByText('Die Maßnahme „Ausbildungsmesse mit Dolmetschenden“ wurde angelegt.')).toBeInTheDocument();
    const measures = screen.getByRole('region', { name: 'Maßnahmen' });
    await user.click(await within(measures).findByRole('link', { name: /Ausbildungsmesse mit Dolmetschenden/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ausbildungsmesse mit Dolmetschenden' })).toBeInTheDocument();
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText('kreisweit')).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'Schneller in Ausbildung' })).toBeInTheDocument();
  });

  it('edits a goal in place and sees the new target date', async () => {
    const { user } = renderApp(`/ziele/${plan.goal.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ziel bearbeiten' }));
    const date = screen.getByLabelText('Zieldatum');
    await user.clear(date);
    await user.type(date, '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Das Ziel wurde gespeichert.')).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText('30.06.2027')).toBeInTheDocument();
  });
});
