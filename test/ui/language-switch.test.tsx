import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/ui/language';
import { freshDatabase } from '../factories';
import { renderApp } from '../render-app';

afterEach(() => switchLanguage('de'));

describe('switching the interface language', () => {
  it('re-renders the open screen in English and sets the document language', async () => {
    freshDatabase();
    renderApp('/einstellungen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    await act(() => switchLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
