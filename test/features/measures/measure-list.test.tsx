import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeMeasure } from '../../factories';
import { renderApp } from '../../render-app';

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.measures.push(
    makeMeasure({ title: 'Sprachcafé', status: 'active' }),
    makeMeasure({ title: 'Elternabend mit Dolmetschenden', status: 'planned' }),
    makeMeasure({ title: 'Willkommensmappe', status: 'active' }),
  );
  await replaceAll(records);
});

const titles = () => within(screen.getByRole('main')).getAllByRole('link').map((link) => link.firstChild?.firstChild?.textContent);

describe('the list of measures', () => {
  it('shows only running measures when opened with ?status=active', async () => {
    renderApp('/massnahmen?status=active');
    expect(await screen.findByText('2 Maßnahmen')).toBeInTheDocument();
    expect(titles()).toEqual(['Sprachcafé', 'Willkommensmappe']);
  });

  it('puts the chosen status into the address, and "Alle" takes it out again', async () => {
    const { user, router } = renderApp('/massnahmen');
    expect(await screen.findByText('3 Maßnahmen')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Geplant');
    expect(await screen.findByText('1 Maßnahme')).toBeInTheDocument();
    expect(titles()).toEqual(['Elternabend mit Dolmetschenden']);
    expect(router.state.location.search).toBe('?status=planned');

    await user.selectOptions(screen.getByLabelText('Status'), 'Alle');
    expect(await screen.findByText('3 Maßnahmen')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });
});
