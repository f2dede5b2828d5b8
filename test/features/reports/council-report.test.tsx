import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { create } from '../../../src/db/repository';
import { draftOf, freshDatabase, makeFieldOfAction, makeGoal } from '../../factories';
import { renderApp } from '../../render-app';

beforeEach(() => {
  freshDatabase();
});

describe('the council report', () => {
  it('sums up the goals in words that read right for a single goal', async () => {
    const field = await create('fieldsOfAction', draftOf('fieldsOfAction', makeFieldOfAction({ name: 'Sprache' })));
    if (!field.ok) throw new Error('field');
    const goal = await create('goals', draftOf('goals', makeGoal({ fieldId: field.value.id, title: 'Mehr B1-Abschlüsse' })));
    if (!goal.ok) throw new Error('goal');

    renderApp('/auswertung/bericht');
    const summary = await screen.findByRole('region', { name: 'Zusammenfassung' }, { timeout: 10_000 });
    expect(within(summary).getByText(/^Ziele insgesamt: 1\. Im Plan: 0, gefährdet: 0, nicht im Plan: 0, noch ohne Daten: 1\.$/)).toBeInTheDocument();
    expect(summary).not.toHaveTextContent('Zielen');
  });
});
