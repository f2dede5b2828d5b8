import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeGoal, makeIndicator, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';

// Pass rate on the path from 40 % (end of 2023) to 60 % (end of 2025); waiting times should fall.
const goal = makeGoal({ title: 'Mehr Erwachsene erreichen B1' });
const passRate = makeIndicator({
  name: 'Anteil bestandener B1-Prüfungen',
  unit: '%',
  baseline: { value: 40, date: '2023-12-31' },
  target: { value: 60, date: '2025-12-31' },
  warningThreshold: null,
  goalIds: [goal.id],
});
// A first render loads the screen's code; on a busy machine that takes a few seconds.
const LOAD = { timeout: 10_000 };
const waiting = makeIndicator({ name: 'Wartezeit auf einen Integrationskurs', unit: 'Wochen', direction: 'lower_better' });

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.goals.push(goal);
  records.indicators.push(passRate, waiting);
  records.measurements.push(
    makeMeasurement({ indicatorId: passRate.id, period: '2023', value: 30 }),
    makeMeasurement({ indicatorId: passRate.id, period: '2024', value: 52.5 }),
  );
  await replaceAll(records);
});

describe('the indicator list', () => {
  it('shows each indicator with its unit, direction, latest county-wide value and status in words', async () => {
    renderApp('/indikatoren');
    const passItem = (await screen.findByRole('link', { name: /Anteil bestandener B1-Prüfungen/ }, LOAD)).closest('li')!;
    expect(passItem).toHaveTextContent('% · Höher ist besser');
    expect(passItem).toHaveTextContent('Zuletzt kreisweit: 52,5 % (2024)');
    expect(within(passItem).getByText('Im Plan')).toBeInTheDocument();

    const waitingItem = screen.getByRole('link', { name: /Wartezeit auf einen Integrationskurs/ }).closest('li')!;
    expect(waitingItem).toHaveTextContent('Wochen · Niedriger ist besser');
    expect(waitingItem).toHaveTextContent('Noch kein kreisweiter Messwert');
    expect(within(waitingItem).getByText('Keine Daten')).toBeInTheDocument();
  });

  it('leads to the indicator’s page with its status, target and linked goal', async () => {
    const { user } = renderApp('/indikatoren');
    await user.click(await screen.findByRole('link', { name: /Anteil bestandener B1-Prüfungen/ }, LOAD));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anteil bestandener B1-Prüfungen' }, LOAD)).toBeInTheDocument();
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('Im Plan')).toBeInTheDocument();
    expect(status).toHaveTextContent('Neuester kreisweiter Messwert: 52,5 % (2024).');
    expect(screen.getByRole('region', { name: 'Steckbrief' })).toHaveTextContent('60 % (Stand 31.12.2025)');
    expect(screen.getByRole('link', { name: 'Mehr Erwachsene erreichen B1' })).toHaveAttribute('href', `/ziele/${goal.id}`);
  });
});
