// What changed between two versions of a record, field by field (nested objects per field,
// lists of items with ids per item), for the history's comparison of two revisions.
import type { JsonObject } from './json';
import { isIdList, isPlainObject, sameJson } from './json';
import { contentOf } from './merge';

export type Difference = { path: string[]; before?: unknown; after?: unknown };

function difference(path: string[], before: unknown, after: unknown): Difference {
  const found: Difference = { path };
  if (before !== undefined) found.before = before;
  if (after !== undefined) found.after = after;
  return found;
}

function differencesOf(path: string[], before: unknown, after: unknown, out: Difference[]): void {
  if (sameJson(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) differencesOf([...path, key], before[key], after[key], out);
  } else if (isIdList(before) && isIdList(after)) {
    const old = new Map(before.map((item) => [item.id as string, item]));
    const now = new Map(after.map((item) => [item.id as string, item]));
    for (const id of new Set([...old.keys(), ...now.keys()])) {
      const [was, is] = [old.get(id), now.get(id)];
      if (was && is) differencesOf([...path, id], was, is, out);
      else if (!sameJson(was, is)) out.push(difference([...path, id], was, is));
    }
    const order = (items: JsonObject[]) => items.map((item) => item.id as string).filter((id) => old.has(id) && now.has(id)).join(' ');
    if (order(before) !== order(after)) out.push(difference(path, before.map((i) => i.id), after.map((i) => i.id)));
  } else out.push(difference(path, before, after));
}

/** The differences between two versions of a record: content and deletion, not the writer's fields. */
export function compareRecords(before: JsonObject, after: JsonObject): Difference[] {
  const out: Difference[] = [];
  differencesOf([], contentOf(before), contentOf(after), out);
  if ((before.deleted === true) !== (after.deleted === true)) out.push(difference(['deleted'], before.deleted === true, after.deleted === true));
  return out;
}
