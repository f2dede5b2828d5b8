// Several devices in one test: each has its own IndexedDB (fake-indexeddb), and the test
// switches the app's database to the device that acts. Each logs in to the real county server
// the way the connect form does.
import type { AppDb } from '../../src/db/database';
import { setDatabase } from '../../src/db/database';
import { replaceAll } from '../../src/db/snapshot';
import type { SnapshotRecords } from '../../src/core/snapshot';
import { saveConnection } from '../../src/replica/connection';
import { serverApi, setServerBase } from '../../src/replica/server-api';
import { freshDatabase } from '../factories';
import type { Person, TestServer } from '../server/harness';

export type Device = { db: AppDb; act: () => void };

/** A new device holding these records (as if imported), the app's database from now on. */
export async function newDevice(records?: SnapshotRecords): Promise<Device> {
  const database = freshDatabase();
  if (records) await replaceAll(records);
  return { db: database, act: () => setDatabase(database) };
}

/** Logs the device in (it acts from now on). */
export async function logIn(device: Device, server: TestServer, person: Person): Promise<void> {
  device.act();
  setServerBase(server.url);
  const answer = await serverApi.login({ county: person.county, name: person.name, password: person.password });
  await saveConnection(person.county, person.name, answer);
}
