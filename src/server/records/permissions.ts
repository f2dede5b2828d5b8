// The role matrix is the core's (src/core/rulebook/roles.ts), shared with the app; the server
// enforces it in applyWrites.
export type { Grant, Operation } from '../../core/rulebook/roles';
export { grant, mayPut, operations } from '../../core/rulebook/roles';

/** The fields every record carries; the server sets them, so they are never a role's change. */
export const serverFields = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'revision', 'deleted']);

/** Fields whose values differ between two versions of a record, the server's own fields aside. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !serverFields.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}
