// Ids for list items that had none, filled in the same way on every device and the server,
// so sync merges the lists item by item. Free of zod: the database's schema upgrades use it,
// and the database loads before any schema.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A review's goal assessment as schema version 3 stores it: one from before gets its goal's id. */
export function assessmentWithId(value: unknown): unknown {
  return isObject(value) && value.id === undefined && typeof value.goalId === 'string' ? { ...value, id: value.goalId } : value;
}
