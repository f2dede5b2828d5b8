// A caseworker connects a tablet to the county's server, and the coordinator manages the
// county's accounts, against the real server on 127.0.0.1 (SQLite in a temporary folder).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { screen, waitFor, within } from '@testing-library/react';
import { saveAuthor } from '../../../src/db/author';
import { recordContext } from '../../../src/db/context';
import { replaceAll } from '../../../src/db/snapshot';
import { getMeta } from '../../../src/db/repository';
import { CONNECTION_KEY } from '../../../src/replica/connection';
import { setServerBase } from '../../../src/replica/server-api';
import { freshDatabase, makeLinkedRecords } from '../../factories';
import { renderApp } from '../../render-app';
import type { TestServer } from '../../server/harness';
import { anna, ben, seed, startServer } from '../../server/harness';
import { TestClock } from '../../server/test-clock';

let server: TestServer;

beforeAll(async () => {
  // The tablet compares the token's expiry with its own clock, so the server's starts now.
  server = await startServer({ clock: new TestClock(new Date().toISOString()) });
  await seed(server, [anna, ben]);
});
afterAll(() => server.close());

beforeEach(async () => {
  freshDatabase();
  await replaceAll(makeLinkedRecords());
  setServerBase(server.url);
});

async function connect(user: ReturnType<typeof renderApp>['user'], person: { county: string; name: string; password: string }) {
  await user.type(await screen.findByLabelText('Landkreis (Kürzel)'), person.county);
  await user.type(screen.getByLabelText('Name'), person.name);
  await user.type(screen.getByLabelText('Passwort'), person.password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

test('a caseworker connects this tablet, sees who is logged in, and logs out; the data on the tablet stays', async () => {
  const { user } = renderApp('/konto');
  await connect(user, ben);

  expect(await screen.findByText('ben im Landkreis boerde')).toBeInTheDocument();
  expect(screen.getByText('Rolle: Fachkraft')).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'Angemeldet: ben (boerde)' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Konten des Landkreises verwalten' })).not.toBeInTheDocument();
  // What he changes on this tablet is signed with his name, so other devices do not read it as theirs.
  expect(recordContext().by).toBe('ben');

  // The tablet holds changes not synced yet: logging out asks first, naming how many.
  await user.click(screen.getByRole('button', { name: 'Abmelden' }));
  const question = await screen.findByRole('alertdialog', { name: /Änderungen sind noch nicht synchronisiert$/ });
  expect(question).toHaveAccessibleDescription(/bei der nächsten Anmeldung gesendet, weiter mit Ihrem Namen als Autor/);
  await user.click(within(question).getByRole('button', { name: 'Trotzdem abmelden' }));
  expect(await screen.findByText('Abgemeldet. Die Daten auf diesem Gerät bleiben erhalten.')).toBeInTheDocument();
  expect(await getMeta(CONNECTION_KEY)).toBeNull();
  expect(await screen.findByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
});

test('a name the person set on the device stays the signature after logging in', async () => {
  await saveAuthor('Ben Hoffmann');
  const { user } = renderApp('/konto');
  await connect(user, ben);
  expect(await screen.findByText('ben im Landkreis boerde')).toBeInTheDocument();
  expect(recordContext().by).toBe('Ben Hoffmann');
});

test('a wrong password is named, and the device stays unconnected', async () => {
  const { user } = renderApp('/konto');
  await connect(user, { ...ben, password: 'nicht sein Passwort' });
  expect(await screen.findByRole('alert')).toHaveTextContent('Landkreis, Name oder Passwort stimmen nicht.');
  expect(await getMeta(CONNECTION_KEY)).toBeUndefined();
});

test('an empty field is named beside it and nothing is sent', async () => {
  const { user } = renderApp('/konto');
  await user.click(await screen.findByRole('button', { name: 'Anmelden' }));
  expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription('Bitte ausfüllen.');
});

test('on a static host without a county server the form says the app works as before', async () => {
  const staticHost = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>App</title>'));
  await new Promise<void>((resolve) => staticHost.listen(0, '127.0.0.1', resolve));
  setServerBase(`http://127.0.0.1:${(staticHost.address() as AddressInfo).port}`);
  try {
    const { user } = renderApp('/konto');
    await connect(user, ben);
    expect(await screen.findByRole('alert')).toHaveTextContent('Unter dieser Adresse läuft kein Server des Landkreises.');
  } finally {
    staticHost.closeAllConnections();
    staticHost.close();
  }
});

test('an expired login asks for the password again, with county and name filled in', async () => {
  const { user } = renderApp('/konto');
  await connect(user, ben);
  await screen.findByText('ben im Landkreis boerde');
  const stored = await getMeta<{ expiresAt: string }>(CONNECTION_KEY);
  const { setMeta } = await import('../../../src/db/repository');
  await setMeta(CONNECTION_KEY, { ...stored, expiresAt: '2000-01-01T00:00:00.000Z' });
  expect(await screen.findByText(/Die Anmeldung ist abgelaufen/)).toBeInTheDocument();
  expect(screen.getByLabelText('Landkreis (Kürzel)')).toHaveValue('boerde');
  expect(screen.getByLabelText('Name')).toHaveValue('ben');
});

test('issue 18.6 a login that expired before the page opened asks only for the password: county and name are kept', async () => {
  const { setMeta } = await import('../../../src/db/repository');
  await setMeta(CONNECTION_KEY, { county: 'boerde', name: 'ben', role: 'caseworker', token: 'old', expiresAt: '2000-01-01T00:00:00.000Z', expired: true });
  renderApp('/konto');
  expect(await screen.findByText(/Die Anmeldung ist abgelaufen/)).toBeInTheDocument();
  expect(screen.getByLabelText('Landkreis (Kürzel)')).toHaveValue('boerde');
  expect(screen.getByLabelText('Name')).toHaveValue('ben');
  expect(screen.getByLabelText('Passwort')).toHaveValue('');
});

test('the coordinator adds a caseworker and disables the account again', async () => {
  const { user } = renderApp('/konto');
  await connect(user, anna);
  await user.click(await screen.findByRole('link', { name: 'Konten des Landkreises verwalten' }));

  const list = await screen.findByRole('region', { name: '2 Konten' });
  expect(within(list).getByText('ben')).toBeInTheDocument();

  await user.type(screen.getByLabelText('Name'), 'Clara');
  await user.type(screen.getByLabelText('Erstes Passwort'), 'Willkommen im Team 2026');
  await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
  expect(await screen.findByText('Konto clara angelegt.')).toBeInTheDocument();
  await screen.findByRole('region', { name: '3 Konten' });

  await user.click(screen.getByRole('button', { name: 'clara sperren' }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'clara entsperren' })).toBeInTheDocument());
  expect((await server.store.db.selectFrom('accounts').select('disabled').where('name', '=', 'clara').executeTakeFirstOrThrow()).disabled).toBe(1);
});

test('17.8 the add form names an invisible character or mixed scripts in the core rule\'s words, and a look-alike of an existing name the server finds', async () => {
  const { user } = renderApp('/konto');
  await connect(user, anna);
  await user.click(await screen.findByRole('link', { name: 'Konten des Landkreises verwalten' }));
  await screen.findByRole('region', { name: /Konten$/ });
  const name = screen.getByLabelText('Name');
  const password = screen.getByLabelText('Erstes Passwort');
  await user.type(password, 'Willkommen im Team 2026');

  await user.type(name, 'ben\u200b');
  await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
  expect(name).toHaveAccessibleDescription(expect.stringContaining('Der Name enthält unsichtbare Zeichen oder Steuerzeichen.'));

  await user.clear(name);
  await user.type(name, 'b\u0435n');
  await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
  expect(name).toHaveAccessibleDescription(expect.stringContaining('Der Name mischt Buchstaben verschiedener Schriften'));

  // Every letter a Cyrillic look-alike: one script, so only the server, which knows the names, can tell.
  await user.clear(name);
  await user.type(name, '\u0455\u0435\u0440');
  await seed(server, [{ county: 'boerde', name: 'sep', role: 'caseworker', password: 'Sep berät freitags' }]);
  await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
  await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Der Name sieht aus wie der eines bestehenden Kontos.')));
  const names = (await server.store.db.selectFrom('accounts').select('name').where('county', '=', 'boerde').execute()).map((r) => r.name);
  expect(names).not.toContain('\u0455\u0435\u0440');
});

test('17.9 the coordinator sees that failed logins block an account and lifts the block', async () => {
  const lena = { county: 'boerde', name: 'lena', role: 'caseworker', password: 'Lena hilft beim Umzug' } as const;
  await seed(server, [lena]);
  const login = (password: string) => fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...lena, password }) });
  for (let n = 0; n < server.config.loginLimit.perAccount; n += 1) await login(`geraten ${n}`);
  expect((await login(lena.password)).status).toBe(429);

  const { user } = renderApp('/konto');
  await connect(user, anna);
  await user.click(await screen.findByRole('link', { name: 'Konten des Landkreises verwalten' }));
  const row = within(await screen.findByRole('row', { name: /lena/ }));
  expect(row.getByText(/Anmeldung durch Fehlversuche blockiert/)).toBeInTheDocument();
  await user.click(row.getByRole('button', { name: 'Anmelde-Blockade für lena aufheben' }));
  expect(await screen.findByText('lena kann sich wieder anmelden.')).toBeInTheDocument();
  await waitFor(() => expect(within(screen.getByRole('row', { name: /lena/ })).queryByText(/blockiert/)).not.toBeInTheDocument());
  expect((await login(lena.password)).status).toBe(200);
});

test('17.9 a device that logged in before keeps its device token and sends it with the next login', async () => {
  const { user } = renderApp('/konto');
  await connect(user, ben);
  await screen.findByText('ben im Landkreis boerde');
  const devices = await getMeta<Record<string, string>>('loginDevices');
  expect(devices?.['boerde/ben']).toMatch(/^[\w-]{43}$/);
  const stored = await server.store.db.selectFrom('login_devices').select('last_used_at').execute();
  await user.click(screen.getByRole('button', { name: 'Abmelden' }));
  await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Trotzdem abmelden' }));
  await connect(user, ben);
  await screen.findByText('ben im Landkreis boerde');
  // The same token came back: the server knew the device.
  expect((await getMeta<Record<string, string>>('loginDevices'))?.['boerde/ben']).toBe(devices?.['boerde/ben']);
  expect(await server.store.db.selectFrom('login_devices').select('last_used_at').execute()).toHaveLength(stored.length);
});

test('issue 18.6 a disabled account with its right password is told to ask the coordinator; county and name stay in the form', async () => {
  const dora = { county: 'boerde', name: 'dora', role: 'caseworker', password: 'Dora berät dienstags' } as const;
  await seed(server, [dora]);
  await server.store.db.updateTable('accounts').set({ disabled: 1 }).where('name', '=', 'dora').execute();
  const { setMeta } = await import('../../../src/db/repository');
  await setMeta(CONNECTION_KEY, { county: 'boerde', name: 'dora', role: 'caseworker', token: 'old', expiresAt: '2000-01-01T00:00:00.000Z', expired: true });
  const { user } = renderApp('/konto');
  await screen.findByText(/Die Anmeldung ist abgelaufen/);
  await user.type(screen.getByLabelText('Passwort'), 'nicht ihr Passwort');
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Landkreis, Name oder Passwort stimmen nicht.');

  await user.clear(screen.getByLabelText('Passwort'));
  await user.type(screen.getByLabelText('Passwort'), dora.password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Dieses Konto ist gesperrt. Bitte die Koordinatorin oder den Koordinator des Landkreises bitten, es wieder freizugeben.');
  expect(screen.getByLabelText('Landkreis (Kürzel)')).toHaveValue('boerde');
  expect(screen.getByLabelText('Name')).toHaveValue('dora');
});
