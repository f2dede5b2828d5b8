// The open app learns of other devices' changes by asking the county's revision (SPEC C7): it
// asks with the last ETag, starts a sync only when the county is past what this device received,
// asks again after a sync that did not catch up, and asks nothing while hidden or logged out.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { setSyncState } from '../../src/db/outbox';
import { forgetConnection } from '../../src/replica/connection';
import { startRevisionWatch } from '../../src/replica/revision-watch';
import { setServerBase } from '../../src/replica/server-api';
import { freshDatabase } from '../factories';
import { logInAs } from './scripted-county';

let county = 0;
const asked: { tag: string | undefined; token: string | undefined }[] = [];
let server: http.Server;

beforeEach(async () => {
  freshDatabase();
  county = 0;
  asked.length = 0;
  server = http.createServer((request, response) => {
    const tag = `"r${county}"`;
    asked.push({ tag: request.headers['if-none-match'], token: request.headers.authorization });
    if (request.headers['if-none-match'] === tag) response.writeHead(304, { etag: tag }).end();
    else response.writeHead(200, { 'content-type': 'application/json', etag: tag }).end(JSON.stringify({ revision: county }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  setServerBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('a device that is up to date only asks, with the tag; once the county moves past it, it syncs', async () => {
  await logInAs('ben', 'caseworker');
  await setSyncState({ since: 5 });
  county = 5;
  const moved = vi.fn();
  const stop = startRevisionWatch(moved, { pollMs: 5 });
  try {
    await vi.waitFor(() => expect(asked.length).toBeGreaterThanOrEqual(3));
    expect(moved).not.toHaveBeenCalled();
    expect(asked[0]).toEqual({ tag: undefined, token: 'Bearer token-ben' });
    expect(asked.at(-1)!.tag).toBe('"r5"');

    county = 6;
    await vi.waitFor(() => expect(moved).toHaveBeenCalled());
    // The sync did not catch up (busy, or it failed): the next answer, a 304, asks again.
    const calls = moved.mock.calls.length;
    await vi.waitFor(() => expect(moved.mock.calls.length).toBeGreaterThan(calls));
    expect(asked.at(-1)!.tag).toBe('"r6"');

    await setSyncState({ since: 6 });
    const settled = moved.mock.calls.length;
    const before = asked.length;
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(before + 2));
    expect(moved.mock.calls.length).toBeLessThanOrEqual(settled + 1);
  } finally {
    stop();
  }
});

test('hidden, or without a login, it asks nothing', async () => {
  await setSyncState({ since: 0 });
  // Logged out before the watch starts: its first round must not find a login left behind.
  await forgetConnection();
  county = 3;
  const moved = vi.fn();
  const stop = startRevisionWatch(moved, { pollMs: 5 });
  try {
    // Logged out and visible: rounds go by without a request.
    let rounds = 0;
    Object.defineProperty(document, 'visibilityState', { get: () => ((rounds += 1), 'visible'), configurable: true });
    await vi.waitFor(() => expect(rounds).toBeGreaterThanOrEqual(3));
    // Logged in and hidden: the same. Hidden first: polls run one after another, so once a
    // round has seen "hidden", no round that saw "visible" can still read the login.
    rounds = 0;
    Object.defineProperty(document, 'visibilityState', { get: () => ((rounds += 1), 'hidden'), configurable: true });
    await vi.waitFor(() => expect(rounds).toBeGreaterThanOrEqual(1));
    await logInAs('ben', 'caseworker');
    rounds = 0;
    await vi.waitFor(() => expect(rounds).toBeGreaterThanOrEqual(3));
    expect(asked).toEqual([]);

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await vi.waitFor(() => expect(moved).toHaveBeenCalled());
  } finally {
    stop();
  }
});
