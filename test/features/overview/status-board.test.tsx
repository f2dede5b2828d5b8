// The coordinator opens the overview, sees at a glance which goals are off track, and opens the why.
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeFieldOfAction, makeGoal, makeIndicator, makeMeasure, makeMeasurement } from '../../factories';
import { renderApp } from '../../render-app';

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  const language = makeFieldOfAction({ name: 'Sprache und Bildung', order: 0 });
  const housing = makeFieldOfAction({ name: 'Wohnen', code: 'wohnen', order: 1 });
  const b1 = makeGoal({ fieldId: language.id, title: 'Mehr Erwachsene erreichen B1' });
  const kita = makeGoal({ fieldId: language.id, title: 'Kita-Plätze für Kinder neu Zugewanderter' });
  const flats = makeGoal({ fieldId: housing.id, title: 'Wohnungen dezentral vermitteln' });
  // The B1 rate should rise from 40 % to 60 % by the end of 2025; in 2024 it reached only 41 %.
  const passRate = makeIndicator({
    name: 'B1-Quote',
    unit: '%',
    goalIds: [b1.id],
    baseline: { value: 40, date: '2023-12-31' },
    target: { value: 60, date: '2025-12-31' },
    warningThreshold: null,
  });
  records.fieldsOfAction.push(housing, language);
  records.goals.push(b1, kita, flats);
  records.indicators.push(passRate);
  records.measurements.push(makeMeasurement({ indicatorId: passRate.id, period: '2024', value: 41, municipalityId: null }));
  records.measures.push(
    makeMeasure({ goalIds: [flats.id], status: 'paused' }),
    makeMeasure({ goalIds: [flats.id], status: 'dropped' }),
    makeMeasure({ goalIds: [flats.id], status: 'active' }),
  );
  await replaceAll(records);
});

test('the board shows each field and goal with its status in words', async () => {
  renderApp('/');
  const board = await screen.findByRole('region', { name: 'Stand des Konzepts' });
  expect(await within(board).findByText('Ziele: 1 nicht im Plan, 1 gefährdet, 0 im Plan, 1 ohne Daten.')).toBeInTheDocument();

  const language = within(board).getByRole('heading', { level: 3, name: /Sprache und Bildung/ });
  expect(language).toHaveTextContent('Nicht im Plan');
  const languageGoals = within(board).getByRole('list', { name: 'Ziele in „Sprache und Bildung“' });
  const b1 = within(languageGoals).getByRole('link', { name: 'Mehr Erwachsene erreichen B1' }).closest('li')!;
  expect(b1).toHaveTextContent('Nicht im Plan');
  const kita = within(languageGoals).getByRole('link', { name: 'Kita-Plätze für Kinder neu Zugewanderter' }).closest('li')!;
  expect(kita).toHaveTextContent('Keine Daten');

  const housing = within(board).getByRole('heading', { level: 3, name: /Wohnen/ });
  expect(housing).toHaveTextContent('Gefährdet');
});

test('opening “Why?” on an off-track goal names the indicator and how far behind it is', async () => {
  const { user } = renderApp('/');
  const board = await screen.findByRole('region', { name: 'Stand des Konzepts' });
  const why = await within(board).findByText('Gründe für „Mehr Erwachsene erreichen B1“');
  const details = why.closest('details')!;
  expect(details).not.toHaveAttribute('open');
  await user.click(why.closest('summary')!);
  expect(details).toHaveAttribute('open');
  const reason = within(details).getByRole('link', { name: 'Indikator „B1-Quote“ ist nicht im Plan.' });
  expect(reason.closest('li')).toHaveTextContent(/41 % \(2024\) liegt hinter dem Zielpfad; erwartet waren 50(,0\d)? %/);
});

test('the why of a field names its worst goal, and the why of a goal can be about its measures', async () => {
  const { user } = renderApp('/');
  const board = await screen.findByRole('region', { name: 'Stand des Konzepts' });
  await user.click((await within(board).findByText('Gründe für „Sprache und Bildung“')).closest('summary')!);
  expect(within(board).getByRole('link', { name: 'Ziel „Mehr Erwachsene erreichen B1“ ist nicht im Plan.' })).toBeVisible();

  const flatsWhy = within(board).getByText('Gründe für „Wohnungen dezentral vermitteln“').closest('details')!;
  await user.click(within(flatsWhy).getByText('Warum?'));
  expect(flatsWhy).toHaveTextContent('2 von 3 Maßnahmen sind pausiert oder eingestellt.');
});
