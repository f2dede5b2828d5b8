import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storePlan } from '../plan/plan-data';

let plan: Awaited<ReturnType<typeof storePlan>>;

beforeEach(async () => {
  freshDatabase();
  plan = await storePlan();
});

async function typeIntoTitle() {
  const app = renderApp(paths.measureEdit(plan.measure.id));
  const title = await screen.findByLabelText(/^Titel/);
  await app.user.type(title, ' (neu)');
  await app.user.click(screen.getByRole('link', { name: 'Überblick' }));
  return { ...app, title };
}

describe('leaving a measure with unsaved changes', () => {
  it('asks first; "Weiter bearbeiten" keeps the person on the form with what they typed', async () => {
    const { user, router, title } = await typeIntoTitle();
    expect(await screen.findByRole('alertdialog', { name: 'Ungespeicherte Änderungen' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Weiter bearbeiten' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.measureEdit(plan.measure.id));
    expect(title).toHaveValue('Sprachcafé in Haldensleben (neu)');
  });

  it('leaves without saving when the person discards the changes', async () => {
    const { user } = await typeIntoTitle();
    await user.click(await screen.findByRole('button', { name: 'Änderungen verwerfen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Überblick' })).toBeInTheDocument();
  });

  it('does not ask when nothing was changed', async () => {
    const { user } = renderApp(paths.measureEdit(plan.measure.id));
    await screen.findByLabelText(/^Titel/);
    await user.click(screen.getByRole('link', { name: 'Überblick' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Überblick' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('leaving a measure’s page with a status picked but not saved', () => {
  it('asks first; staying keeps the picked status', async () => {
    const { user, router } = renderApp(paths.measure(plan.measure.id));
    const status = await screen.findByLabelText(/^Neuer Status/);
    await user.selectOptions(status, 'Abgeschlossen');

    await user.click(screen.getByRole('link', { name: 'Überblick' }));
    await user.click(await screen.findByRole('button', { name: 'Weiter bearbeiten' }));

    expect(router.state.location.pathname).toBe(paths.measure(plan.measure.id));
    expect(screen.getByLabelText(/^Neuer Status/)).toHaveDisplayValue('Abgeschlossen');
  });
});
