// A person's own account on the server, from the app: changing the password and setting up a
// second factor; and the coordinator requiring one for coordinators. Against the real server on
// 127.0.0.1 (SQLite in a temporary folder), each test with accounts of its own.
import { screen, within } from '@testing-library/react';
import { replaceAll } from '../../../src/db/snapshot';
import { totpCode } from '../../../src/server/auth/totp';
import { setServerBase } from '../../../src/replica/server-api';
import { freshDatabase, makeLinkedRecords } from '../../factories';
import { renderApp } from '../../render-app';
import type { TestServer } from '../../server/harness';
import { seed, startServer } from '../../server/harness';
import { TestClock } from '../../server/test-clock';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ clock: new TestClock(new Date().toISOString()) });
});
afterAll(() => server.close());

beforeEach(async () => {
  freshDatabase();
  await replaceAll(makeLinkedRecords());
  setServerBase(server.url);
});

type Person = { county: string; name: string; password: string; role: 'coordinator' | 'caseworker' };

async function loggedIn(person: Person) {
  await seed(server, [person]);
  const view = renderApp('/konto');
  await view.user.type(await screen.findByLabelText('Landkreis (Kürzel)'), person.county);
  await view.user.type(screen.getByLabelText('Name'), person.name);
  await view.user.type(screen.getByLabelText('Passwort'), person.password);
  await view.user.click(screen.getByRole('button', { name: 'Anmelden' }));
  await screen.findByText(`${person.name} im Landkreis ${person.county}`);
  return view;
}

const login = (person: Pick<Person, 'county' | 'name' | 'password'> & { totp?: string }) =>
  fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(person) });

test('a caseworker changes her password: mistakes are named beside the fields, and then only the new password logs in', async () => {
  const carla = { county: 'boerde', name: 'carla', password: 'Willkommen im Team 2026', role: 'caseworker' } as const;
  const { user } = await loggedIn(carla);
  const section = within(await screen.findByRole('region', { name: 'Eigenes Passwort ändern' }));

  await user.type(section.getByLabelText('Bisheriges Passwort'), 'falsch geraten');
  await user.type(section.getByLabelText('Neues Passwort'), 'kurz');
  await user.type(section.getByLabelText('Neues Passwort wiederholen'), 'kurz!');
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  expect(section.getByLabelText('Neues Passwort')).toHaveAccessibleDescription(expect.stringContaining('ist zu kurz (mindestens 8 Zeichen).'));
  expect(section.getByLabelText('Neues Passwort wiederholen')).toHaveAccessibleDescription('stimmt nicht mit dem neuen Passwort überein.');
  expect(section.getByLabelText('Neues Passwort')).toHaveFocus();

  await user.clear(section.getByLabelText('Neues Passwort'));
  await user.type(section.getByLabelText('Neues Passwort'), 'Sprachcafé dienstags 2027');
  await user.clear(section.getByLabelText('Neues Passwort wiederholen'));
  await user.type(section.getByLabelText('Neues Passwort wiederholen'), 'Sprachcafé dienstags 2027');
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  expect(await section.findByText('stimmt nicht.')).toBeInTheDocument();
  expect(section.getByLabelText('Bisheriges Passwort')).toHaveAttribute('aria-invalid', 'true');
  expect((await login({ ...carla, password: 'Sprachcafé dienstags 2027' })).status).toBe(401);

  await user.clear(section.getByLabelText('Bisheriges Passwort'));
  await user.type(section.getByLabelText('Bisheriges Passwort'), carla.password);
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  expect(await section.findByText(/Das Passwort ist geändert\./)).toBeInTheDocument();
  expect(section.getByLabelText('Neues Passwort')).toHaveValue('');
  expect((await login({ ...carla, password: 'Sprachcafé dienstags 2027' })).status).toBe(200);
  expect((await login(carla)).status).toBe(401);
});

test('a too common new password is refused by the server and named beside the field', async () => {
  const { user } = await loggedIn({ county: 'boerde', name: 'emil', password: 'Willkommen im Team 2026', role: 'caseworker' });
  const section = within(await screen.findByRole('region', { name: 'Eigenes Passwort ändern' }));
  await user.type(section.getByLabelText('Bisheriges Passwort'), 'Willkommen im Team 2026');
  await user.type(section.getByLabelText('Neues Passwort'), 'password1');
  await user.type(section.getByLabelText('Neues Passwort wiederholen'), 'password1');
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  expect(await section.findByText('gehört zu den verbreitetsten Passwörtern. Bitte ein anderes wählen.')).toBeInTheDocument();
});

test('a coordinator sets up a second factor from the QR code, then requires one for coordinators; the next login asks for the code', async () => {
  // A county of its own, so requiring the second factor touches no other test's login.
  const dora = { county: 'salzland', name: 'dora', password: 'Dora koordiniert 2026', role: 'coordinator' } as const;
  const { user } = await loggedIn(dora);
  const section = within(await screen.findByRole('region', { name: 'Zweiter Faktor' }));
  expect(await section.findByText(/Für dieses Konto ist kein zweiter Faktor eingerichtet/)).toBeInTheDocument();

  await user.click(section.getByRole('button', { name: 'Zweiten Faktor einrichten' }));
  expect(await section.findByRole('img', { name: 'QR-Code für die Authenticator-App' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
  const secret = section.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent.replace(/ /g, '');

  await user.type(section.getByLabelText('Code aus der Authenticator-App'), '12345');
  await user.click(section.getByRole('button', { name: 'Bestätigen' }));
  expect(section.getByLabelText('Code aus der Authenticator-App')).toHaveAccessibleDescription('hat sechs Ziffern.');
  await user.clear(section.getByLabelText('Code aus der Authenticator-App'));
  await user.type(section.getByLabelText('Code aus der Authenticator-App'), totpCode(secret, server.clock.now()));
  await user.click(section.getByRole('button', { name: 'Bestätigen' }));
  expect(await section.findByText(/Der zweite Faktor ist eingerichtet\./)).toBeInTheDocument();
  expect(section.getByText(/Für dieses Konto ist ein zweiter Faktor eingerichtet/)).toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: 'Konten des Landkreises verwalten' }));
  const row = within(await screen.findByRole('row', { name: /dora/ }));
  expect(row.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['dora', 'Koordination', 'aktiv', 'ja', '']);
  const county = within(await screen.findByRole('region', { name: 'Anmeldung im Landkreis' }));
  await user.click(county.getByRole('checkbox', { name: 'Koordinatorinnen und Koordinatoren brauchen einen zweiten Faktor' }));
  await user.click(county.getByRole('button', { name: 'Einstellung speichern' }));
  expect(await county.findByText('Gespeichert.')).toBeInTheDocument();

  server.clock.advance(30_000);
  const without = await login(dora);
  expect(await without.json()).toMatchObject({ error: 'totp_required' });
  expect((await login({ ...dora, totp: totpCode(secret, server.clock.now()) })).status).toBe(200);
});

test('a coordinator without a second factor is told to set up her own before requiring one, and nothing changes', async () => {
  const { user } = await loggedIn({ county: 'jerichower-land', name: 'frieda', password: 'Frieda koordiniert 2026', role: 'coordinator' });
  await user.click(await screen.findByRole('link', { name: 'Konten des Landkreises verwalten' }));
  const county = within(await screen.findByRole('region', { name: 'Anmeldung im Landkreis' }));
  await user.click(county.getByRole('checkbox', { name: /brauchen einen zweiten Faktor/ }));
  await user.click(county.getByRole('button', { name: 'Einstellung speichern' }));
  expect(await county.findByText(/Richten Sie zuerst Ihren eigenen zweiten Faktor ein/)).toBeInTheDocument();
  const stored = await server.store.db.selectFrom('counties').select('require_totp').where('key', '=', 'jerichower-land').executeTakeFirstOrThrow();
  expect(stored.require_totp).toBe(0);
});
