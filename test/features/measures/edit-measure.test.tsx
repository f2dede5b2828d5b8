import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getById } from '../../../src/db/repository';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storePlan } from '../plan/plan-data';

// A first render loads the screen's code; on a busy machine that takes a few seconds.
const LOAD = { timeout: 10_000 };

let plan: Awaited<ReturnType<typeof storePlan>>;

beforeEach(async () => {
  freshDatabase();
  plan = await storePlan();
});

async function openEditForm() {
  const app = renderApp(paths.measureEdit(plan.measure.id));
  await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' }, LOAD);
  return app;
}

describe('the coordinator edits a measure', () => {
  it('changes title, budget and municipalities, and finds them again after reopening the app', async () => {
    const first = await openEditForm();
    const { user } = first;
    const title = screen.getByLabelText(/^Titel/);
    await user.clear(title);
    await user.type(title, 'Sprachcafé Haldensleben und Oschersleben');
    const budget = screen.getByLabelText(/Budget pro Jahr/);
    await user.clear(budget);
    await user.type(budget, '18.500,50');
    await user.click(within(screen.getByRole('group', { name: 'Gemeinden' })).getByLabelText('Oschersleben (Bode)'));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé Haldensleben und Oschersleben' }, LOAD)).toBeInTheDocument();
    first.unmount();

    renderApp(paths.measure(plan.measure.id));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé Haldensleben und Oschersleben' }, LOAD)).toBeInTheDocument();
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText(/^18\.501\s€$/)).toBeInTheDocument();
    expect(within(facts).getByText('Haldensleben, Oschersleben (Bode)')).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ budgetPerYear: 18_500.5, revision: 2 });
  });

  it('is told beside the field that the end lies before the start, and nothing is stored', async () => {
    const { user } = await openEditForm();
    const end = screen.getByLabelText('Ende');
    await user.clear(end);
    await user.type(end, '2023-12-31');
    await user.tab();

    expect(end).toHaveAccessibleDescription('liegt vor dem Anfangsdatum.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie 1 Angabe. Es wurde nichts gespeichert.');
    expect(end).toHaveValue('2023-12-31');
    expect(end).toHaveFocus();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ end: '2025-12-31', revision: 1 });
  });

  it('is told about an end before the start at the same time as about an unreadable budget', async () => {
    const { user } = await openEditForm();
    const budget = screen.getByLabelText(/Budget pro Jahr/);
    await user.clear(budget);
    await user.type(budget, 'abc');
    const end = screen.getByLabelText('Ende');
    await user.clear(end);
    await user.type(end, '2023-12-31');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(budget).toHaveAccessibleDescription(expect.stringContaining('muss eine Zahl sein.'));
    expect(end).toHaveAccessibleDescription('liegt vor dem Anfangsdatum.');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie 2 Angaben. Es wurde nichts gespeichert.');
  });

  it('keeps an unreadable budget and an emptied title in the inputs, each with its message', async () => {
    const { user } = await openEditForm();
    const title = screen.getByLabelText(/^Titel/);
    await user.clear(title);
    const budget = screen.getByLabelText(/Budget pro Jahr/);
    await user.clear(budget);
    await user.type(budget, 'abc');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(title).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect(budget).toHaveAccessibleDescription(expect.stringContaining('muss eine Zahl sein.'));
    expect(budget).toHaveValue('abc');
    expect(screen.getByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' })).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ title: 'Sprachcafé in Haldensleben', budgetPerYear: 15_000, revision: 1 });
  });
});
