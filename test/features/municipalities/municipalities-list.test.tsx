import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Municipality } from '../../../src/core/schema';
import { replaceAll } from '../../../src/db/snapshot';
import { buildExampleSnapshot } from '../../../src/example/build-example';
import { freshDatabase } from '../../factories';
import { renderApp } from '../../render-app';

const example = buildExampleSnapshot('2025-01-15T09:00:00.000Z');
const named = (name: string, kind: Municipality['kind']) => example.records.municipalities.find((m) => m.name === name && m.kind === kind)!;

beforeEach(async () => {
  freshDatabase();
  await replaceAll(example.records);
});

function rowOf(link: HTMLElement): HTMLElement {
  return link.closest('.municipality-row')!;
}

describe('the municipality list of the Börde example', () => {
  it('lists the Einheitsgemeinden, and each Verbandsgemeinde with its members nested under it', async () => {
    renderApp('/gemeinden');
    const unitary = await screen.findByRole('region', { name: 'Einheitsgemeinden' });
    for (const name of ['Barleben', 'Haldensleben', 'Oschersleben (Bode)', 'Wolmirstedt']) {
      expect(within(unitary).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(unitary).queryByRole('link', { name: 'Calvörde' })).not.toBeInTheDocument();

    const collective = screen.getByRole('region', { name: 'Verbandsgemeinden' });
    const flechtingenMembers = within(collective).getByRole('list', { name: 'Mitgliedsgemeinden von Verbandsgemeinde Flechtingen' });
    expect(within(flechtingenMembers).getByRole('link', { name: 'Calvörde' })).toBeInTheDocument();
    expect(within(flechtingenMembers).getByRole('link', { name: 'Flechtingen' })).toBeInTheDocument();
    expect(within(flechtingenMembers).queryByRole('link', { name: 'Eilsleben' })).not.toBeInTheDocument();
    const obereAller = within(collective).getByRole('list', { name: 'Mitgliedsgemeinden von Verbandsgemeinde Obere Aller' });
    expect(within(obereAller).getByRole('link', { name: 'Eilsleben' })).toBeInTheDocument();
  });

  it('shows each figure with its date and source, and marks invented example values', async () => {
    renderApp('/gemeinden');
    const haldensleben = named('Haldensleben', 'einheitsgemeinde');
    const row = rowOf(await screen.findByRole('link', { name: 'Haldensleben' }));
    const figures = within(row).getAllByRole('definition');

    expect(figures[0]).toHaveTextContent('19.188 (Stand 31.12.2023)');
    expect(figures[0]).not.toHaveTextContent('erfundener Beispielwert');
    expect(figures[0]).toHaveTextContent(haldensleben.population!.source);
    expect(haldensleben.migrationBackground?.invented).toBe(true);
    expect(figures[1]).toHaveTextContent('erfundener Beispielwert');
  });
});
