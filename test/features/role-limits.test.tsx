// A caseworker's tablet offers what README's role table lets a caseworker do and nothing more:
// before, he saw "Ziel bearbeiten", "Maßnahme bearbeiten" or an offer's "Bearbeiten", saved
// offline, and learned of the refusal only at the next sync. The coordinator's device, and a
// device that never connected to a server, offer everything.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/rulebook/roles';
import { saveConnection } from '../../src/replica/connection';
import { emptyRecords } from '../../src/core/snapshot';
import { replaceAll } from '../../src/db/snapshot';
import { freshDatabase, makeConcept } from '../factories';
import { renderApp } from '../render-app';
import { storeDirectory } from './directory/directory-data';
import { storePlan } from './plan/plan-data';

beforeEach(() => {
  freshDatabase();
});

function connectAs(role: Role) {
  return saveConnection('boerde', role === 'caseworker' ? 'ben' : 'anna', { token: `token-${role}`, role, expiresAt: '2099-01-01T00:00:00.000Z' });
}

async function openPage(path: string, heading: string | RegExp) {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: heading });
  return view;
}

describe('a caseworker’s tablet', () => {
  beforeEach(() => connectAs('caseworker'));

  it('shows a goal without "Ziel bearbeiten" and without the form to add a measure', async () => {
    const plan = await storePlan();
    await openPage(`/ziele/${plan.goal.id}`, 'Mehr Erwachsene erreichen B1');
    expect(await screen.findByRole('link', { name: 'Änderungsverlauf' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ziel bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Maßnahme hinzufügen' })).not.toBeInTheDocument();
  });

  it('shows a field of action without the form to add a goal', async () => {
    const plan = await storePlan();
    await openPage(`/handlungsfelder/${plan.language.id}`, 'Sprache und Bildung');
    expect(await screen.findByRole('link', { name: 'Änderungsverlauf' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ziel hinzufügen' })).not.toBeInTheDocument();
  });

  it('changes a measure’s status and notes but is not offered "Maßnahme bearbeiten"', async () => {
    const plan = await storePlan();
    await openPage(`/massnahmen/${plan.measure.id}`, 'Sprachcafé in Haldensleben');
    expect(await screen.findByRole('button', { name: 'Status ändern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vermerk hinzufügen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Maßnahme bearbeiten' })).not.toBeInTheDocument();
  });

  it('is told that his role cannot edit a measure when he opens the edit page by its address', async () => {
    const plan = await storePlan();
    await openPage(`/massnahmen/${plan.measure.id}/bearbeiten`, 'Nicht mit Ihrer Rolle');
    expect(screen.getByText(/Als Fachkraft können Sie das hier nur ansehen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
  });

  it('hands out and reports an offer and counts a referral, but is not offered its "Bearbeiten"', async () => {
    const directory = await storeDirectory();
    await openPage(`/angebote/${directory.course.id}`, 'Deutschkurs A1 Oschersleben');
    expect(await screen.findByRole('link', { name: 'Veraltet melden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Handzettel/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Vermittlung zählen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
  });

  it('sees a provider without its "Bearbeiten", "Neues Angebot" and "Neuer Standort"', async () => {
    const directory = await storeDirectory();
    await openPage(`/traeger/${directory.vhs.id}`, 'Volkshochschule Börde');
    await screen.findByRole('link', { name: 'Änderungsverlauf' });
    const actions = screen.getByRole('link', { name: 'Änderungsverlauf' }).parentElement!;
    expect(within(actions).getAllByRole('link').map((link) => link.textContent)).toEqual(['Änderungsverlauf']);
  });

  it('records needs, and finds the directory’s upkeep neither in the menu nor by its address', async () => {
    await storePlan();
    const needs = await openPage('/bedarfe', 'Bedarfe');
    expect(await screen.findByRole('link', { name: 'Bedarf erfassen' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(menu).queryByRole('link', { name: 'Verzeichnispflege' })).not.toBeInTheDocument();
    needs.unmount();

    await openPage('/verzeichnis/pflege', 'Nicht mit Ihrer Rolle');
  });

  it('is not offered to import or reset the whole model in the settings, nor pointed there by the example banner', async () => {
    await replaceAll({ ...emptyRecords(), concepts: [makeConcept({ provenance: { example: true, invented: false, note: '' } })] });
    await openPage('/einstellungen', 'Einstellungen');
    expect(screen.getByRole('note')).toHaveTextContent(/Beispieldaten/);
    expect(await screen.findByText(/kann nur die Integrationskoordination: beides ersetzt alle Daten/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sicherung exportieren' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sicherung importieren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'In den Einstellungen zurücksetzen' })).not.toBeInTheDocument();
  });
});

describe('the coordinator’s device', () => {
  beforeEach(() => connectAs('coordinator'));

  it('offers every change on a goal, a measure and an offer', async () => {
    const plan = await storePlan();
    const goal = await openPage(`/ziele/${plan.goal.id}`, 'Mehr Erwachsene erreichen B1');
    expect(await screen.findByRole('button', { name: 'Ziel bearbeiten' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Maßnahme hinzufügen' })).toBeInTheDocument();
    goal.unmount();

    const measure = await openPage(`/massnahmen/${plan.measure.id}`, 'Sprachcafé in Haldensleben');
    expect(await screen.findByRole('link', { name: 'Maßnahme bearbeiten' })).toBeInTheDocument();
    measure.unmount();

    const directory = await storeDirectory();
    await openPage(`/angebote/${directory.course.id}`, 'Deutschkurs A1 Oschersleben');
    expect(await screen.findByRole('link', { name: 'Bearbeiten' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Verzeichnispflege' })).toBeInTheDocument();
  });

  it('is pointed by the example banner to the settings, where she may reset the example', async () => {
    await replaceAll({ ...emptyRecords(), concepts: [makeConcept({ provenance: { example: true, invented: false, note: '' } })] });
    await openPage('/einstellungen', 'Einstellungen');
    expect(await screen.findByRole('link', { name: 'In den Einstellungen zurücksetzen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sicherung importieren' })).toBeInTheDocument();
  });
});

describe('a device that never connected to a server', () => {
  it('offers every change: it is the county’s own device, and a server judges it if it ever connects', async () => {
    const plan = await storePlan();
    await openPage(`/massnahmen/${plan.measure.id}/bearbeiten`, /bearbeiten/);
    expect(await screen.findByRole('button', { name: 'Speichern' })).toBeInTheDocument();
  });
});
