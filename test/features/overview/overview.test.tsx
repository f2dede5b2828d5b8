// The coordinator opens the overview and sees where the concept stands.
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { UNNAMED_AUTHOR } from '../../../src/db/context';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeFieldOfAction, makeGoal, makeIndicator, makeMeasure, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';

beforeEach(() => {
  freshDatabase();
});

test('an indicator that fell behind its path is listed with its latest value; one on track is not', async () => {
  const records = emptyRecords();
  const behind = makeIndicator({ name: 'B1-Quote', baseline: { value: 40, date: '2023-12-31' }, target: { value: 60, date: '2027-12-31' }, warningThreshold: null });
  const fine = makeIndicator({ name: 'Einbürgerungsquote', baseline: { value: 1, date: '2023-12-31' }, target: { value: 2, date: '2027-12-31' }, warningThreshold: null });
  records.indicators.push(behind, fine);
  records.measurements.push(
    makeMeasurement({ indicatorId: behind.id, period: '2025', value: 33 }),
    makeMeasurement({ indicatorId: fine.id, period: '2025', value: 1.9 }),
  );
  await replaceAll(records);
  renderApp('/');

  const section = await screen.findByRole('region', { name: 'Indikatoren, die Aufmerksamkeit brauchen' });
  const item = await within(section).findByRole('link', { name: /B1-Quote/ });
  expect(item).toHaveTextContent('Zuletzt 33 % (2025)');
  expect(item).toHaveTextContent('Nicht im Plan');
  expect(within(section).queryByText('Einbürgerungsquote')).not.toBeInTheDocument();
});

test('a status count opens the filtered measure list', async () => {
  const records = emptyRecords();
  const language = makeFieldOfAction({ name: 'Sprache', order: 0 });
  const goal = makeGoal({ fieldId: language.id });
  records.fieldsOfAction.push(language);
  records.goals.push(goal);
  records.measures.push(
    makeMeasure({ goalIds: [goal.id], status: 'paused', title: 'Pausierte Maßnahme' }),
    makeMeasure({ goalIds: [goal.id], status: 'active', title: 'Laufende Maßnahme' }),
  );
  await replaceAll(records);
  const { user, router } = renderApp('/');

  const byStatus = await screen.findByRole('region', { name: 'Maßnahmen nach Status' });
  await user.click(within(byStatus).getByRole('link', { name: /Pausiert/ }));
  const list = (await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).closest('main')!;
  expect(router.state.location.search).toBe('?status=paused');
  expect(within(list).getByText('Pausierte Maßnahme')).toBeInTheDocument();
  expect(within(list).queryByText('Laufende Maßnahme')).not.toBeInTheDocument();
});

test('a change made before anyone set a name reads "auf diesem Gerät", a named one names the person', async () => {
  const records = emptyRecords();
  const field = makeFieldOfAction({ name: 'Sprache', order: 0 });
  records.fieldsOfAction.push(field);
  records.goals.push(
    makeGoal({ fieldId: field.id, title: 'Mehr Erwachsene erreichen B1', updatedBy: UNNAMED_AUTHOR, updatedAt: '2026-03-02T09:00:00.000Z' }),
    makeGoal({ fieldId: field.id, title: 'Mehr Kita-Plätze', updatedBy: 'Frau Schulz', updatedAt: '2026-03-01T09:00:00.000Z' }),
  );
  await replaceAll(records);
  renderApp('/');

  const recent = await screen.findByRole('region', { name: 'Zuletzt geändert' });
  expect(await within(recent).findByRole('link', { name: /Mehr Erwachsene erreichen B1/ })).toHaveTextContent('02.03.2026 auf diesem Gerät');
  expect(within(recent).getByRole('link', { name: /Mehr Kita-Plätze/ })).toHaveTextContent('01.03.2026 von Frau Schulz');
  expect(recent).not.toHaveTextContent('lokal');
});
