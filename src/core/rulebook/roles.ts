// Who may change what: the role matrix as plain data (entity kind × role × operation), read by
// the server, which enforces it on every write, and by the app, which offers a person only
// what their role may do. The coordinator may change everything of the county. A caseworker
// may add and edit measurements, needs and correction reports, count referrals (and take a
// count back), and change a measure's status and progress notes but no other field of it.
import type { EntityKind } from '../schema';

export const roles = ['coordinator', 'caseworker'] as const;
export type Role = (typeof roles)[number];

export const operations = ['create', 'update', 'delete'] as const;
export type Operation = (typeof operations)[number];

/** true: allowed; a list: an update allowed to change these fields only; absent: forbidden. */
export type Grant = true | readonly string[];
export type Grants = Partial<Record<Operation, Grant>>;

const everything: Grants = { create: true, update: true, delete: true };
const nothing: Grants = {};

export const roleMatrix: Readonly<Record<EntityKind, Readonly<Record<Role, Grants>>>> = {
  concepts: { coordinator: everything, caseworker: nothing },
  municipalities: { coordinator: everything, caseworker: nothing },
  fieldsOfAction: { coordinator: everything, caseworker: nothing },
  goals: { coordinator: everything, caseworker: nothing },
  measures: { coordinator: everything, caseworker: { update: ['status', 'progressNotes'] } },
  indicators: { coordinator: everything, caseworker: nothing },
  measurements: { coordinator: everything, caseworker: { create: true, update: true, delete: true } },
  needs: { coordinator: everything, caseworker: { create: true, update: true } },
  providers: { coordinator: everything, caseworker: nothing },
  offers: { coordinator: everything, caseworker: nothing },
  locations: { coordinator: everything, caseworker: nothing },
  referrals: { coordinator: everything, caseworker: { create: true, delete: true } },
  correctionReports: { coordinator: everything, caseworker: { create: true, update: ['note'] } },
  reviews: { coordinator: everything, caseworker: nothing },
};

export function grant(kind: EntityKind, operation: Operation, role: Role): Grant | undefined {
  return roleMatrix[kind][role][operation];
}

/** Whether the role may write the kind in any way (create or update), before the record is read. */
export function mayPut(kind: EntityKind, role: Role): boolean {
  return grant(kind, 'create', role) !== undefined || grant(kind, 'update', role) !== undefined;
}

/** Whether the role may change this field of a stored record of the kind. */
export function mayChangeField(kind: EntityKind, role: Role, field: string): boolean {
  const allowed = grant(kind, 'update', role);
  return allowed === true || (allowed !== undefined && allowed.includes(field));
}

/**
 * Whether the role may do this: an operation on a kind, or for an update one field of it
 * (without a field: any update at all), for screens to offer only what a role may do. null is a
 * device that never connected to a server (the county's own standalone device, or one logged
 * out): it may do everything, and a server judges its changes once it connects.
 */
export function mayDo(role: Role | null, kind: EntityKind, operation: Operation, field?: string): boolean {
  if (role === null) return true;
  if (operation === 'update' && field !== undefined) return mayChangeField(kind, role, field);
  return grant(kind, operation, role) !== undefined;
}
