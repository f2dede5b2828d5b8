// A person's own account on the server, from the app: changing the password and setting up a
// second factor; and the coordinator requiring one for coordinators. Against the real server on
// 127.0.0.1 (SQLite in a temporary folder), each test with accounts of its own.
import type { BoundFunctions, queries } from '@testing-library/react';
import { screen, waitFor, within } from '@testing-library/react';
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

async function loggedIn(person: Person, language: 'de' | 'en' = 'de') {
  await seed(server, [person]);
  const view = renderApp('/konto', language);
  const words = language === 'de' ? { county: 'Landkreis (Kürzel)', password: 'Passwort', login: 'Anmelden', who: `${person.name} im Landkreis ${person.county}` } : { county: 'County (key)', password: 'Password', login: 'Log in', who: `${person.name} in county ${person.county}` };
  await view.user.type(await screen.findByLabelText(words.county), person.county);
  await view.user.type(screen.getByLabelText('Name'), person.name);
  await view.user.type(screen.getByLabelText(words.password), person.password);
  await view.user.click(screen.getByRole('button', { name: words.login }));
  await screen.findByText(words.who);
  return view;
}

/** Sets up a second factor in the section as a person does: the password first, then the QR code's key and a code. Answers the key. */
async function setUpSecondFactor(user: ReturnType<typeof renderApp>['user'], section: BoundFunctions<typeof queries>, password: string): Promise<string> {
  await user.click(await section.findByRole('button', { name: 'Zweiten Faktor einrichten' }));
  await user.type(section.getByLabelText('Aktuelles Passwort'), password);
  await user.click(section.getByRole('button', { name: 'Weiter' }));
  await section.findByRole('img', { name: 'QR-Code für die Authenticator-App' });
  const secret = section.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent.replace(/ /g, '');
  await user.type(section.getByLabelText('Code aus der Authenticator-App'), totpCode(secret, server.clock.now()));
  await user.click(section.getByRole('button', { name: 'Bestätigen' }));
  await section.findByText(/Der zweite Faktor ist eingerichtet\./);
  server.clock.advance(30_000);
  return secret;
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
  await user.type(section.getByLabelText('Aktuelles Passwort'), dora.password);
  await user.click(section.getByRole('button', { name: 'Weiter' }));
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

test('17.2 replacing the second factor asks for the current password and the current code; a wrong one is named beside its field', async () => {
  const greta = { county: 'boerde', name: 'greta', password: 'Greta plant den Herbst', role: 'caseworker' } as const;
  const { user } = await loggedIn(greta);
  const section = within(await screen.findByRole('region', { name: 'Zweiter Faktor' }));
  const secret = await setUpSecondFactor(user, section, greta.password);

  await user.click(section.getByRole('button', { name: 'Neu einrichten (z. B. neues Handy)' }));
  expect(section.getByText(/dem aktuellen Code aus der bisherigen Authenticator-App/)).toBeInTheDocument();
  await user.type(section.getByLabelText('Aktuelles Passwort'), 'falsch geraten');
  await user.type(section.getByLabelText('Aktueller Code aus der Authenticator-App'), totpCode(secret, server.clock.now()));
  await user.click(section.getByRole('button', { name: 'Weiter' }));
  await waitFor(() => expect(section.getByLabelText('Aktuelles Passwort')).toHaveAccessibleDescription('stimmt nicht.'));
  expect(section.queryByRole('img', { name: 'QR-Code für die Authenticator-App' })).not.toBeInTheDocument();

  await user.clear(section.getByLabelText('Aktuelles Passwort'));
  await user.type(section.getByLabelText('Aktuelles Passwort'), greta.password);
  await user.clear(section.getByLabelText('Aktueller Code aus der Authenticator-App'));
  await user.type(section.getByLabelText('Aktueller Code aus der Authenticator-App'), '000000');
  await user.click(section.getByRole('button', { name: 'Weiter' }));
  await waitFor(() => expect(section.getByLabelText('Aktueller Code aus der Authenticator-App')).toHaveAccessibleDescription(/^stimmt nicht\. Bitte prüfen Sie die Uhrzeit/));

  await user.clear(section.getByLabelText('Aktueller Code aus der Authenticator-App'));
  await user.type(section.getByLabelText('Aktueller Code aus der Authenticator-App'), totpCode(secret, server.clock.now()));
  await user.click(section.getByRole('button', { name: 'Weiter' }));
  expect(await section.findByRole('img', { name: 'QR-Code für die Authenticator-App' })).toBeInTheDocument();
});

test('17.2 the password change asks for the current code where the account has a second factor', async () => {
  const hanna = { county: 'boerde', name: 'hanna', password: 'Hanna berät im Rathaus', role: 'caseworker' } as const;
  const { user } = await loggedIn(hanna);
  const secret = await setUpSecondFactor(user, within(await screen.findByRole('region', { name: 'Zweiter Faktor' })), hanna.password);
  const section = within(screen.getByRole('region', { name: 'Eigenes Passwort ändern' }));
  await user.type(section.getByLabelText('Bisheriges Passwort'), hanna.password);
  await user.type(section.getByLabelText('Neues Passwort'), 'Hanna zieht nach Haldensleben');
  await user.type(section.getByLabelText('Neues Passwort wiederholen'), 'Hanna zieht nach Haldensleben');
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  const code = await section.findByLabelText('Aktueller Code aus der Authenticator-App');
  expect(code).toHaveAccessibleDescription('Bitte auch den aktuellen Code aus der Authenticator-App eingeben.');
  await user.type(code, totpCode(secret, server.clock.now()));
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  expect(await section.findByText(/Das Passwort ist geändert\./)).toBeInTheDocument();
});

test("17.2 switching off the county's requirement asks for the password and the code", async () => {
  const ida = { county: 'anhalt-bitterfeld', name: 'ida', password: 'Ida koordiniert den Kreis', role: 'coordinator' } as const;
  const { user } = await loggedIn(ida);
  const secret = await setUpSecondFactor(user, within(await screen.findByRole('region', { name: 'Zweiter Faktor' })), ida.password);
  await user.click(screen.getByRole('link', { name: 'Konten des Landkreises verwalten' }));
  const county = within(await screen.findByRole('region', { name: 'Anmeldung im Landkreis' }));
  const box = county.getByRole('checkbox', { name: /brauchen einen zweiten Faktor/ });
  await user.click(box);
  await user.click(county.getByRole('button', { name: 'Einstellung speichern' }));
  expect(await county.findByText('Gespeichert.')).toBeInTheDocument();
  expect(county.queryByLabelText('Aktuelles Passwort')).not.toBeInTheDocument();

  await user.click(box);
  expect(county.getByText(/Zum Abschalten bitte Ihr aktuelles Passwort/)).toBeInTheDocument();
  await user.type(county.getByLabelText('Aktuelles Passwort'), ida.password);
  await user.click(county.getByRole('button', { name: 'Einstellung speichern' }));
  const code = await county.findByLabelText('Aktueller Code aus der Authenticator-App');
  await user.type(code, totpCode(secret, server.clock.now()));
  await user.click(county.getByRole('button', { name: 'Einstellung speichern' }));
  expect(await county.findByText('Gespeichert.')).toBeInTheDocument();
  const stored = await server.store.db.selectFrom('counties').select('require_totp').where('key', '=', 'anhalt-bitterfeld').executeTakeFirstOrThrow();
  expect(stored.require_totp).toBe(0);
});

test('17.7 a new password that is easy to guess is refused with the reason, in German and in English', async () => {
  const { user } = await loggedIn({ county: 'boerde', name: 'jonas', password: 'Jonas zählt die Kurse', role: 'caseworker' });
  const section = within(await screen.findByRole('region', { name: 'Eigenes Passwort ändern' }));
  await user.type(section.getByLabelText('Bisheriges Passwort'), 'Jonas zählt die Kurse');
  await user.type(section.getByLabelText('Neues Passwort'), 'qwertz123');
  await user.type(section.getByLabelText('Neues Passwort wiederholen'), 'qwertz123');
  await user.click(section.getByRole('button', { name: 'Passwort ändern' }));
  await waitFor(() =>
    expect(section.getByLabelText('Neues Passwort')).toHaveAccessibleDescription(expect.stringContaining('ist zu leicht zu erraten. Mehrere Wörter, die nicht zusammengehören, sind besser. Tastenreihen wie „qwertz“ oder „asdf“ errät man sofort.')),
  );
});

test('17.7 the same refusal reads in English', async () => {
  const { user } = await loggedIn({ county: 'boerde', name: 'karla', password: 'Karla zählt die Kurse', role: 'caseworker' }, 'en');
  const section = within(await screen.findByRole('region', { name: 'Change your password' }));
  await user.type(section.getByLabelText('Current password'), 'Karla zählt die Kurse');
  await user.type(section.getByLabelText('New password'), 'Sommer2026!');
  await user.type(section.getByLabelText('Repeat the new password'), 'Sommer2026!');
  await user.click(section.getByRole('button', { name: 'Change password' }));
  await waitFor(() => expect(section.getByLabelText('New password')).toHaveAccessibleDescription(expect.stringContaining('is too easy to guess. Several words that do not belong together are better. Common names and words are easy to guess.')));
});
