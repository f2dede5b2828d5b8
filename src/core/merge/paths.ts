// Reading and writing a value at a conflict path (protocol.ts): field names, and in a list of
// items with ids the item's id. Restoring a conflict's losing value writes it at its path; an
// absent value there removes the list item or field.
import type { JsonObject } from './json';
import { isIdList, isPlainObject } from './json';

function child(container: unknown, segment: string): unknown {
  if (isIdList(container)) return container.find((item) => item.id === segment);
  return isPlainObject(container) ? container[segment] : undefined;
}

/** The value at `path` (undefined when it is absent). */
export function valueAt(record: JsonObject, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const segment of path) current = child(current, segment);
  return current;
}

function replaced(container: unknown, segment: string, value: unknown): unknown {
  if (Array.isArray(container) && isIdList(container)) {
    const index = container.findIndex((item) => item.id === segment);
    if (value === undefined) return index < 0 ? container : container.filter((_, i) => i !== index);
    if (index < 0) return [...container, value];
    return container.map((item, i) => (i === index ? value : item));
  }
  const object: JsonObject = isPlainObject(container) ? { ...container } : {};
  if (value === undefined) delete object[segment];
  else object[segment] = value;
  return object;
}

/** A copy of `record` with `value` at `path`; [] replaces the record's content. */
export function withValueAt(record: JsonObject, path: readonly string[], value: unknown): JsonObject {
  if (path.length === 0) return isPlainObject(value) ? value : record;
  const [head, ...rest] = path as [string, ...string[]];
  const inner = rest.length === 0 ? value : withValueAt((child(record, head) ?? {}) as JsonObject, rest, value);
  return replaced(record, head, inner) as JsonObject;
}
