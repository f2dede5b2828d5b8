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

  await user.click(screen.getByRole('button', { name: 'Abmelden' }));
  expect(await screen.findByText('Abgemeldet. Die Daten auf diesem Gerät bleiben erhalten.')).toBeInTheDocument();
  expect(await getMeta(CONNECTION_KEY)).toBeNull();
  expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
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
