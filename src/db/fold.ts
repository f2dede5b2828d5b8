// Folding a local edit that has not reached the server yet over the server's newer version
// of the same record: per field three-way against the version the edit was based on. A field
// only the server changed takes the server's value; a field changed here keeps the local
// value, since the edit is still on its way and the server merges it (and records any
// conflict) when it arrives. A record deleted there but edited here stays, with the edit. Lists whose items carry ids fold item by item, so a note added
// on each side keeps both.
import type { AnyEntity } from '../core/schema';
import { sameValue } from '../core/same-value';

type Item = { id: string } & Record<string, unknown>;
type Fields = Record<string, unknown>;

const isIdList = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && typeof (item as Item).id === 'string');

function foldList(base: Item[], incoming: Item[], local: Item[]): Item[] {
  const byId = (items: Item[]) => new Map(items.map((item) => [item.id, item]));
  const [was, theirs, ours] = [byId(base), byId(incoming), byId(local)];
  const folded: Item[] = [];
  for (const item of incoming) {
    const mine = ours.get(item.id);
    const before = was.get(item.id);
    if (!mine) {
      // Removed here: stays removed unless the server changed it meanwhile.
      if (!before || !sameValue(before, item)) folded.push(item);
    } else folded.push(before ? (foldFields(before, item, mine) as Item) : mine);
  }
  for (const item of local) if (!theirs.has(item.id) && !was.has(item.id)) folded.push(item);
  return folded;
}

function foldFields(base: Fields, incoming: Fields, local: Fields): Fields {
  const folded: Fields = { ...incoming };
  for (const key of new Set([...Object.keys(incoming), ...Object.keys(local)])) {
    const [before, theirs, mine] = [base[key], incoming[key], local[key]];
    if (sameValue(mine, before)) continue;
    if (isIdList(mine) || isIdList(theirs)) {
      const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
      folded[key] = foldList(list(before), list(theirs), list(mine));
    } else folded[key] = mine;
  }
  return folded;
}

/**
 * The local record folded over the incoming one; `base` is the version the local edit
 * started from (null: created here, so every local value counts as an edit). Identity and
 * bookkeeping fields are the caller's to set.
 */
export function foldLocalEdit<T extends AnyEntity>(base: T | null, incoming: T, local: T): T {
  const folded = foldFields(base ?? {}, incoming, local) as T;
  // Deleted there, edited here: the edit keeps the record, and the server says so to both.
  if (incoming.deleted && !local.deleted && !sameValue(base, local)) return { ...folded, deleted: false };
  return folded;
}
