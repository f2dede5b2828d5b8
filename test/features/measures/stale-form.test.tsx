// Two tabs edit the same measure: the form opened first never overwrites the other edit
// unseen. A write between opening the form and saving it stands for the other tab.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAuthor } from '../../../src/db/context';
import { pendingCount } from '../../../src/db/outbox';
import { getById, update } from '../../../src/db/repository';
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

afterEach(() => setAuthor(''));

async function openEditForm() {
  const app = renderApp(paths.measureEdit(plan.measure.id));
  await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' }, LOAD);
  return app;
}

/** The other tab: Herr Brandt saves the measure while the form here is open. */
async function otherTabSaves(changes: Parameters<typeof update<'measures'>>[2]) {
  setAuthor('Herr Brandt');
  const result = await update('measures', plan.measure.id, changes);
  setAuthor('Frau Schulz');
  if (!result.ok) throw new Error('the other tab’s edit should be valid');
}

describe('a measure form opened before another tab saved the measure', () => {
  it('keeps the other tab’s budget when the person here changed only the title', async () => {
    const { user } = await openEditForm();
    const title = screen.getByLabelText(/^Titel/);
    await user.clear(title);
    await user.type(title, 'Sprachcafé am Abend');
    await otherTabSaves({ budgetPerYear: 20_000 });

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé am Abend' }, LOAD)).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ title: 'Sprachcafé am Abend', budgetPerYear: 20_000, revision: 3 });
  });

  it('shows the other title beside the field instead of overwriting it, and the person takes it over', async () => {
    const { user } = await openEditForm();
    const title = screen.getByLabelText(/^Titel/);
    await user.clear(title);
    await user.type(title, 'Sprachcafé am Abend');
    const budget = screen.getByLabelText(/Budget pro Jahr/);
    await user.clear(budget);
    await user.type(budget, '16.000');
    await otherTabSaves({ title: 'Sprachcafé für Eltern' });

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText(/^Während Sie bearbeitet haben, hat Herr Brandt diesen Eintrag geändert/)).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription('wurde inzwischen anderswo geändert und lautet jetzt: Sprachcafé für Eltern');
    expect(title).toHaveFocus();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ title: 'Sprachcafé für Eltern', budgetPerYear: 15_000 });

    await user.click(screen.getByRole('button', { name: 'Neue Werte übernehmen' }));
    expect(title).toHaveValue('Sprachcafé für Eltern');
    expect(budget).toHaveValue('16.000');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé für Eltern' }, LOAD)).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ title: 'Sprachcafé für Eltern', budgetPerYear: 16_000, revision: 3 });
  });

  it('saves the person’s own title once they have seen the other one and kept theirs', async () => {
    const { user } = await openEditForm();
    const title = screen.getByLabelText(/^Titel/);
    await user.clear(title);
    await user.type(title, 'Sprachcafé am Abend');
    await otherTabSaves({ title: 'Sprachcafé für Eltern' });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByText(/^Während Sie bearbeitet haben/);

    await user.click(screen.getByRole('button', { name: 'Meine Eingabe behalten' }));
    expect(title).toHaveValue('Sprachcafé am Abend');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé am Abend' }, LOAD)).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ title: 'Sprachcafé am Abend', revision: 3 });
  });

  it('shows the other tab’s edit while nothing was typed here', async () => {
    await openEditForm();
    await otherTabSaves({ title: 'Sprachcafé für Eltern' });

    await waitFor(() => expect(screen.getByLabelText(/^Titel/)).toHaveValue('Sprachcafé für Eltern'));
  });
});

describe('saving a measure form nobody changed', () => {
  it('writes nothing: the revision stays and nothing waits for sync', async () => {
    const waiting = await pendingCount();
    const { user } = await openEditForm();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé in Haldensleben' }, LOAD)).toBeInTheDocument();
    expect(await getById('measures', plan.measure.id)).toMatchObject({ revision: 1 });
    expect(await pendingCount()).toBe(waiting);
  });
});
