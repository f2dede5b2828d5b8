import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/core/snapshot';
import type { AppDb } from '../../../src/db/database';
import { replaceAll } from '../../../src/db/snapshot';
import { freshDatabase, makeFieldOfAction, makeMunicipality, makeNeed } from '../../factories';
import { renderApp } from '../../render-app';

let database: AppDb;
const language = makeFieldOfAction({ name: 'Sprache und Bildung', code: 'sprache', order: 0 });
const work = makeFieldOfAction({ name: 'Arbeit und Ausbildung', code: 'arbeit', order: 1 });
const flechtingen = makeMunicipality({ name: 'Flechtingen', kind: 'verbandsgemeinde', officialKey: '150835305', isTown: false });
const calvoerde = makeMunicipality({ name: 'Calvörde', kind: 'mitgliedsgemeinde', parentId: flechtingen.id, officialKey: '15083125', isTown: false });
const haldensleben = makeMunicipality({ name: 'Haldensleben' });
const childcare = makeNeed({ fieldId: language.id, municipalityId: null, description: 'Kinderbetreuung während der Sprachkurse fehlt.', status: 'open' });
const apprenticeships = makeNeed({ fieldId: work.id, municipalityId: haldensleben.id, description: 'Zu wenige Ausbildungsplätze für junge Geflüchtete.', status: 'closed' });

beforeEach(async () => {
  database = freshDatabase();
  const records = emptyRecords();
  records.fieldsOfAction.push(language, work);
  records.municipalities.push(flechtingen, calvoerde, haldensleben);
  records.needs.push(childcare, apprenticeships);
  await replaceAll(records);
});

describe('recording a need for a municipality', () => {
  it('starts from the municipality page and the need then appears there', async () => {
    const { user } = renderApp(`/gemeinden/${calvoerde.id}`);
    expect(await screen.findByRole('region', { name: 'Bedarfe in Calvörde' })).toHaveTextContent('Für diese Gemeinde sind keine eigenen Bedarfe erfasst.');
    await user.click(screen.getByRole('link', { name: 'Bedarf für Calvörde erfassen' }));

    await screen.findByRole('heading', { level: 1, name: 'Bedarf erfassen' });
    expect(screen.getByLabelText('Gemeinde')).toHaveValue(calvoerde.id);
    await user.selectOptions(screen.getByLabelText(/^Handlungsfeld/), language.id);
    await user.type(screen.getByLabelText(/^Beschreibung/), 'Kein Sprachcafé in Calvörde; der Bus nach Haldensleben fährt selten.');
    await user.click(screen.getByRole('checkbox', { name: 'Familien' }));
    await user.selectOptions(screen.getByLabelText(/^Priorität/), 'high');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: /Kein Sprachcafé in Calvörde/ });
    await user.click(screen.getByRole('link', { name: 'Calvörde' }));

    const here = await screen.findByRole('region', { name: 'Bedarfe in Calvörde' });
    const item = within(here).getByRole('link', { name: /Kein Sprachcafé in Calvörde/ });
    expect(item).toHaveTextContent('Sprache und Bildung · Calvörde · Priorität Hoch');
    expect(item).toHaveTextContent('Offen');
    const countyWide = screen.getByRole('region', { name: 'Kreisweite Bedarfe' });
    expect(within(countyWide).getByRole('link', { name: /Kinderbetreuung während der Sprachkurse/ })).toHaveTextContent('kreisweit');
    expect(await database.entities('needs').count()).toBe(3);
  });

  it('refuses a need without a description, says so beside the field, and keeps the choices', async () => {
    const { user } = renderApp('/bedarfe/neu');
    await user.selectOptions(await screen.findByLabelText(/^Handlungsfeld/), work.id);
    await user.selectOptions(screen.getByLabelText('Gemeinde'), haldensleben.id);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const description = screen.getByLabelText(/^Beschreibung/);
    expect(description).toHaveAccessibleDescription('ist ein Pflichtfeld.');
    expect(description).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde nichts gespeichert.');
    expect(screen.getByLabelText(/^Handlungsfeld/)).toHaveValue(work.id);
    expect(screen.getByLabelText('Gemeinde')).toHaveValue(haldensleben.id);
    expect(await database.entities('needs').count()).toBe(2);
  });

  it('warns before leaving with an unsaved description, and stays on request', async () => {
    const { user } = renderApp('/bedarfe/neu');
    await user.type(await screen.findByLabelText(/^Beschreibung/), 'Dolmetschpool fehlt');
    await user.click(screen.getByRole('link', { name: 'Indikatoren' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Ungespeicherte Änderungen' });
    await user.click(within(dialog).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Bedarf erfassen' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('Dolmetschpool fehlt');
  });

  it('refuses a need dated after today beside the date, and keeps what was typed', async () => {
    const { user } = renderApp('/bedarfe/neu');
    await user.selectOptions(await screen.findByLabelText(/^Handlungsfeld/), work.id);
    await user.type(screen.getByLabelText(/^Beschreibung/), 'Dolmetschpool fehlt');
    const date = screen.getByLabelText(/^Festgestellt am/);
    await user.clear(date);
    await user.type(date, '2099-05-01');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(date).toHaveAccessibleDescription('darf nicht in der Zukunft liegen.');
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde nichts gespeichert.');
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('Dolmetschpool fehlt');
    expect(await database.entities('needs').count()).toBe(2);
  });

  it('names a missing field of action when the caseworker leaves the choice', async () => {
    const { user } = renderApp('/bedarfe/neu');
    const field = await screen.findByLabelText(/^Handlungsfeld/);
    field.focus();
    await user.tab();
    expect(field).toHaveAccessibleDescription('ist ein Pflichtfeld.');
  });
});

describe('the needs list', () => {
  it('filters by status and municipality, keeping the filters in the address', async () => {
    const { user, router } = renderApp('/bedarfe?status=open');
    await screen.findByRole('heading', { level: 1, name: 'Bedarfe' });
    expect(screen.getByRole('link', { name: /Kinderbetreuung während der Sprachkurse/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Zu wenige Ausbildungsplätze/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('Gemeinde'), haldensleben.id);
    expect(screen.getByRole('link', { name: /Zu wenige Ausbildungsplätze/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Kinderbetreuung während der Sprachkurse/ })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('gemeinde')).toBe(haldensleben.id);
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('1 Bedarf');
  });

  it('lets a need be edited, and the detail page shows the change', async () => {
    const { user } = renderApp(`/bedarfe/${childcare.id}/bearbeiten`);
    await user.selectOptions(await screen.findByLabelText(/^Status/), 'addressed');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByRole('heading', { level: 1, name: /Kinderbetreuung während der Sprachkurse/ });
    expect(screen.getByRole('region', { name: 'Steckbrief' })).toHaveTextContent('In Bearbeitung');
    expect((await database.entities('needs').get(childcare.id))?.status).toBe('addressed');
  });
});
