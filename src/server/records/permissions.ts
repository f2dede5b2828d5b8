// Who may change what: the role matrix, written down once (entity kind × operation × role).
// The coordinator may change everything of the county. A caseworker may add and edit
// measurements, needs and correction reports, count referrals (and take a count back), and
// change a measure's status and progress notes but no other field of it; nothing else.
// The server enforces this in applyWrites; the app only hides what a role cannot do.
import type { EntityKind } from '../../core/schema';
import { entityKinds } from '../../core/schema';
import type { Role } from '../accounts/accounts';

export const operations = ['create', 'update', 'delete'] as const;
export type Operation = (typeof operations)[number];

/** true: allowed; a list: an update allowed to change these fields only; absent: forbidden. */
export type Grant = true | readonly string[];
type Grants = Partial<Record<Operation, Grant>>;

const everything: Grants = { create: true, update: true, delete: true };

const caseworker: Partial<Record<EntityKind, Grants>> = {
  measurements: { create: true, update: true, delete: true },
  measures: { update: ['status', 'progressNotes'] },
  needs: { create: true, update: true },
  referrals: { create: true, delete: true },
  correctionReports: { create: true, update: ['note'] },
};

export const matrix: Record<EntityKind, Record<Role, Grants>> = Object.fromEntries(
  entityKinds.map((kind) => [kind, { coordinator: everything, caseworker: caseworker[kind] ?? {} }]),
) as Record<EntityKind, Record<Role, Grants>>;

export function grant(kind: EntityKind, operation: Operation, role: Role): Grant | undefined {
  return matrix[kind][role][operation];
}

/** Whether the role may write the kind in any way (create or update), before the record is read. */
export function mayPut(kind: EntityKind, role: Role): boolean {
  return grant(kind, 'create', role) !== undefined || grant(kind, 'update', role) !== undefined;
}

/** The fields every record carries; the server sets them, so they are never a role's change. */
export const serverFields = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'revision', 'deleted']);

/** Fields whose values differ between two versions of a record, the server's own fields aside. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !serverFields.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}
