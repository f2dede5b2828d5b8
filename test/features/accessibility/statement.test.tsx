// A person who meets a barrier opens the accessibility statement and finds how far the app
// conforms, what is not accessible yet, whom to write to, and where to turn if no answer comes.
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { statementConfig } from '../../../src/features/accessibility/statement-config';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';

beforeEach(() => {
  freshDatabase();
});

test('the German statement gives the status, the known limitations, a postal contact and the enforcement procedure', async () => {
  renderApp('/barrierefreiheit');

  expect(await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeInTheDocument();
  const status = screen.getByRole('region', { name: 'Stand der Vereinbarkeit mit den Anforderungen' });
  expect(status).toHaveTextContent('teilweise vereinbar');
  const limitations = screen.getByRole('region', { name: 'Nicht barrierefreie Inhalte' });
  expect(within(limitations).getAllByRole('listitem').length).toBeGreaterThan(0);
  const feedback = screen.getByRole('region', { name: 'Feedback und Kontakt' });
  expect(feedback).toHaveTextContent(statementConfig.street);
  expect(feedback).toHaveTextContent(statementConfig.postcodeCity);
  expect(screen.getByRole('region', { name: 'Durchsetzungsverfahren' })).toHaveTextContent('Sachsen-Anhalt');
  expect(screen.getByRole('region', { name: 'Erstellung dieser Erklärung' })).toHaveTextContent('25.11.2026');
});

test('the statement is reachable from the footer of any page, and reads in English too', async () => {
  const { user } = renderApp('/indikatoren', 'en');

  await user.click(await screen.findByRole('link', { name: 'Accessibility statement' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Enforcement procedure' })).toHaveTextContent('Saxony-Anhalt');
});
