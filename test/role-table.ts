// README's role table (section "Roles"), written out cell by cell: what a write of each kind
// gets from each role, as the HTTP status the server answers (200 done, 403 forbidden). The
// role-matrix tests take their expectations from here, never from the grants in
// src/core/rulebook/roles.ts, so a grant widened or narrowed by mistake turns cells red: on the
// server over HTTP (test/server/role-matrix.server.ts) and in the core's rulebook, which the
// app asks before every local write (test/core/rulebook/role-table.test.ts).
import type { EntityKind } from '../src/core/schema';

export type Status = 200 | 403;
export type TableRole = 'coordinator' | 'caseworker';
export type TableOperation = 'create' | 'update' | 'delete';

/** create, update (of the ordinary field in `ordinaryEdits`), delete. */
type Row = Record<TableRole, readonly [Status, Status, Status]>;

export const roleTable: Record<EntityKind, Row> = {
  //                                 create update delete         create update delete
  concepts:          { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  municipalities:    { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  fieldsOfAction:    { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  goals:             { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  measures:          { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  indicators:        { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  measurements:      { coordinator: [200, 200, 200], caseworker: [200, 200, 200] },
  needs:             { coordinator: [200, 200, 200], caseworker: [200, 200, 403] },
  providers:         { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  offers:            { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  locations:         { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
  referrals:         { coordinator: [200, 200, 200], caseworker: [200, 403, 200] },
  correctionReports: { coordinator: [200, 200, 200], caseworker: [200, 403, 403] },
  reviews:           { coordinator: [200, 200, 200], caseworker: [403, 403, 403] },
};

export const tableOperations: readonly TableOperation[] = ['create', 'update', 'delete'];

/** The status the table expects for one cell. */
export function expectedStatus(kind: EntityKind, operation: TableOperation, role: TableRole): Status {
  return roleTable[kind][role][tableOperations.indexOf(operation)]!;
}

/** Every cell of the table: kind × operation × role. */
export const roleCells = (Object.keys(roleTable) as EntityKind[]).flatMap((kind) =>
  tableOperations.flatMap((operation) => (['coordinator', 'caseworker'] as const).map((role) => [kind, operation, role] as const)),
);

/** The "update" column's change per kind: one ordinary field, never one a role may change alone. */
export const ordinaryEdits: Record<EntityKind, Record<string, unknown>> = {
  concepts:          { title: 'Neuer Titel des Konzepts' },
  municipalities:    { notes: 'Neue Notiz' },
  fieldsOfAction:    { description: 'Neue Beschreibung' },
  goals:             { description: 'Neue Beschreibung' },
  measures:          { description: 'Neue Beschreibung' },
  indicators:        { definition: 'Neue Definition' },
  measurements:      { note: 'Neue Notiz' },
  needs:             { description: 'Neue Beschreibung des Bedarfs' },
  providers:         { description: 'Neue Beschreibung' },
  offers:            { description: 'Neue Beschreibung des Angebots' },
  locations:         { directions: 'Zweiter Stock' },
  referrals:         { month: '2024-06' },
  correctionReports: { resolution: 'Telefonnummer geprüft.' },
  reviews:           { findings: 'Neue Befunde' },
};

/**
 * The updates a caseworker may make of some fields only (README: a measure's status and
 * progress notes, a correction report's note), each field alone, and a field beside them.
 */
export const fieldTable: readonly { kind: EntityKind; change: Record<string, unknown>; caseworker: Status }[] = [
  { kind: 'measures', change: { status: 'paused' }, caseworker: 200 },
  { kind: 'measures', change: { progressNotes: [{ id: '7a0c1f3e-5b2d-4c8e-9f10-000000000def', date: '2024-05-02', text: 'Kurs startet im Juni.', author: 'Ben' }] }, caseworker: 200 },
  { kind: 'measures', change: { title: 'Umbenannt' }, caseworker: 403 },
  { kind: 'correctionReports', change: { note: 'Die Telefonnummer stimmt nicht mehr.' }, caseworker: 200 },
  { kind: 'correctionReports', change: { targetKind: 'providers' }, caseworker: 403 },
];
