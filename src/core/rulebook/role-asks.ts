// What a change asks of the writer's role, and whether the role grants it (the matrix is
// roles.ts). A change is measured from the version it was made from (SPEC P8):
// - a new record, live or already deleted, asks to create;
// - a deleted record made live again asks to create too: a revival brings a record back the
//   way a creation would, whatever its fields, and whoever deleted it;
// - a live record deleted asks to delete, and, where its content changed as well, to update
//   those fields: a tombstone keeps its content, and a restore may bring it back;
// - otherwise every content field that differs asks to update that field.
// The bookkeeping (bookkeeping.ts) is the writer's stamp and asks nothing.
import { isBookkeeping } from '../bookkeeping';
import { sameJson } from '../merge/json';
import type { EntityKind } from '../schema';
import type { Operation, Role } from './roles';
import { grant } from './roles';

type Fields = Record<string, unknown>;

export type Ask = { operation: Operation; fields?: string[] };

/** What a role was refused: the operation, and for an update the fields outside its grant. */
export type Refusal = { role: Role; operation: Operation; fields?: string[] };

const isDeleted = (record: object): boolean => (record as Fields).deleted === true;

/** Content fields whose values differ between two versions of a record, sorted. */
export function changedFields(before: object, after: object): string[] {
  const [was, is] = [before as Fields, after as Fields];
  const keys = new Set([...Object.keys(was), ...Object.keys(is)]);
  return [...keys].filter((key) => !isBookkeeping(key) && !sameJson(was[key], is[key])).sort();
}

/** What changing `earlier` (undefined: no such record) into `next` asks of a role. */
export function asksOf(earlier: object | undefined, next: object): Ask[] {
  if (!earlier) return [{ operation: 'create' }];
  const [wasLive, isLive] = [!isDeleted(earlier), !isDeleted(next)];
  if (!wasLive && isLive) return [{ operation: 'create' }];
  const asks: Ask[] = wasLive && !isLive ? [{ operation: 'delete' }] : [];
  const fields = changedFields(earlier, next);
  if (fields.length > 0) asks.push({ operation: 'update', fields });
  return asks;
}

/**
 * What writing a value at a record path asks of a role: the whole record ([]) or its revival
 * (deleted: false) a creation, a deletion (deleted: true) a deletion, anything else an update of
 * the field the path begins with. Asked of a conflict's losing value: its loser must have been
 * allowed to write it.
 */
export function asksOfValueAt(path: readonly string[], value: unknown): Ask[] {
  const [field] = path;
  if (field === undefined) return [{ operation: 'create' }];
  if (field === 'deleted' && path.length === 1) return [{ operation: value === true ? 'delete' : 'create' }];
  return [{ operation: 'update', fields: [field] }];
}

/** The first ask the role does not grant; null: all granted. A null role (never connected) is granted everything. */
export function refusalOf(kind: EntityKind, role: Role | null, asks: readonly Ask[]): Refusal | null {
  if (role === null) return null;
  for (const { operation, fields } of asks) {
    const allowed = grant(kind, operation, role);
    if (allowed === undefined) return { role, operation };
    if (allowed === true || !fields) continue;
    const outside = fields.filter((field) => !allowed.includes(field));
    if (outside.length > 0) return { role, operation, fields: outside };
  }
  return null;
}
