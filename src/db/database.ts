// The local database: one IndexedDB database per device, opened through Dexie.
import Dexie, { type Table } from 'dexie';
import type { AnyEntity, EntityKind, EntityOf } from '../core/schema';
import { schemaVersions } from './schema-versions';
import type { OutboxEntry } from './write';

export type MetaRow = { key: string; value: unknown };

export type EntityTables = { [K in EntityKind]: Table<EntityOf<K>, string> };

export class AppDb extends Dexie {
  declare meta: Table<MetaRow, string>;
  declare outbox: Table<OutboxEntry, string>;

  constructor(name = 'integrationskonzept') {
    super(name);
    for (const step of schemaVersions) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }

  entities<K extends EntityKind>(kind: K): EntityTables[K] {
    return this.table(kind) as EntityTables[K];
  }

  /** For code that handles every kind alike (snapshots, sync). */
  anyTable(kind: EntityKind): Table<AnyEntity, string> {
    return this.table(kind);
  }
}

let current: AppDb | null = null;

/** The app's database; tests call setDatabase() with a fresh one. */
export function db(): AppDb {
  current ??= new AppDb();
  return current;
}

/** Switches the database the app uses (tests, and a reset that reopens). */
export function setDatabase(next: AppDb): void {
  current = next;
}
