import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storePlan } from './plan-data';

let plan: Awaited<ReturnType<typeof storePlan>>;

beforeEach(async () => {
  freshDatabase();
  plan = await storePlan();
});

describe('a caseworker finds a measure from the overview', () => {
  it('goes field of action → goal → measure and sees who is responsible', async () => {
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: /Sprache und Bildung/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sprache und Bildung' })).toBeInTheDocument();

    await user.click(await screen.findByRole('link', { name: /Mehr Erwachsene erreichen B1/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mehr Erwachsene erreichen B1' })).toBeInTheDocument();

    await user.click(await screen.findByRole('link', { name: /Sprachcafé in Haldensleben/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafé in Haldensleben' })).toBeInTheDocument();
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText('Integrationsbüro des Landkreises')).toBeInTheDocument();
  });

  it('finds the way back through the breadcrumbs of the measure', async () => {
    const { user } = renderApp(`/massnahmen/${plan.measure.id}`);
    const trail = await screen.findByRole('navigation', { name: 'Sie sind hier' });
    expect(within(trail).getByRole('link', { name: 'Mehr Erwachsene erreichen B1' })).toHaveAttribute('href', `/ziele/${plan.goal.id}`);

    await user.click(within(trail).getByRole('link', { name: 'Sprache und Bildung' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sprache und Bildung' })).toBeInTheDocument();
  });
});
