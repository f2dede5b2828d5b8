import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';
import { storeDirectory } from './directory-data';

beforeEach(async () => {
  freshDatabase();
  await storeDirectory();
});

const resultNames = () =>
  within(screen.getByRole('list', { name: 'Suchergebnisse' }))
    .getAllByRole('link')
    .map((link) => link.querySelector('.directory-row-name')?.textContent);

describe('a caseworker searches the directory', () => {
  it('narrows the list while typing, keeps the query in the URL, and finds the same after a reload', async () => {
    const first = renderApp(paths.offers());
    await screen.findByText('3 Angebote gefunden', {}, { timeout: 5000 });
    await first.user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'deutschkurs arab');

    expect(await screen.findByText('1 Angebot gefunden')).toBeInTheDocument();
    expect(resultNames()).toEqual(['Deutschkurs A1 Oschersleben']);
    const url = `${first.router.state.location.pathname}${first.router.state.location.search}`;
    expect(url).toBe(paths.offers('q=deutschkurs+arab'));
    first.unmount();

    renderApp(url);
    expect(await screen.findByText('1 Angebot gefunden', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveValue('deutschkurs arab');
    expect(resultNames()).toEqual(['Deutschkurs A1 Oschersleben']);
  });

  it('finds "Sprachcafé" typed without the accent and filters by municipality from the URL', async () => {
    const { user, router } = renderApp(paths.offers());
    await screen.findByText('3 Angebote gefunden', {}, { timeout: 5000 });
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'sprachcafe');
    expect(await screen.findByText('1 Angebot gefunden')).toBeInTheDocument();
    expect(resultNames()).toEqual(['Sprachcafé Haldensleben']);

    await user.clear(screen.getByRole('searchbox', { name: 'Suche' }));
    await user.selectOptions(screen.getByLabelText('Gemeinde'), 'Oschersleben (Bode)');
    expect(await screen.findByText('1 Angebot gefunden')).toBeInTheDocument();
    expect(resultNames()).toEqual(['Deutschkurs A1 Oschersleben']);
    expect(router.state.location.search).toMatch(/^\?gemeinde=/);
  });

  it('says so when nothing matches', async () => {
    const { user } = renderApp(paths.offers());
    await screen.findByText('3 Angebote gefunden', {}, { timeout: 5000 });
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Fahrradwerkstatt');
    expect(await screen.findByText('0 Angebote gefunden')).toBeInTheDocument();
    expect(screen.getByText(/Kein Angebot gefunden/)).toBeInTheDocument();
  });
});
