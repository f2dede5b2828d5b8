// JSON values as the merge sees them: records travel as JSON, so equality is JSON equality
// (object key order does not matter, a missing key equals undefined).

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal; object keys in any order, an absent key as undefined. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as JsonObject;
  const y = b as JsonObject;
  for (const key in x) if (!sameJson(x[key], y[key])) return false;
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false;
  return true;
}

/** A list whose items are objects with distinct string ids: merged item by item. */
export function isIdList(value: unknown): value is JsonObject[] {
  if (!Array.isArray(value)) return false;
  const seen = new Set<string>();
  for (const item of value) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || seen.has(item.id)) return false;
    seen.add(item.id);
  }
  return true;
}
