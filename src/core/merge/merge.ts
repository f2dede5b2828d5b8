// The merge every device and the server run (SPEC.md, rules M1–M14). Pure and deterministic:
// the result depends only on the three versions of a record, never on clocks (device clocks
// may be hours off), device ids or the order keys arrive in, so every device that merges the
// same versions ends in the same state.
//
// mergeRecord(base, ours, theirs): `ours` is the version committed first (on the server: the
// stored record; on a device folding in what it received: the server's version), `theirs` the
// change that arrives (the device's record; the device's own pending edit), `base` the version
// `theirs` was made from. Per field, three-way: a field one side changed takes that change; a
// field both sides changed differently keeps `ours` and the losing value goes into a conflict
// finding, so no edit is lost: it is in the record or in a conflict the coordinator can restore
// from. Nested objects merge per field; lists of objects with ids merge item by item; any other
// value (text, number, a list of plain values) is one value. A deletion is a tombstone
// (deleted: true). Whether a record lives when one side deleted it and the other edited it is
// decided like a field both changed: by the side committed first (M9). An edit that arrives
// after a deletion it never saw does not bring the record back (a stale tablet, a change file
// read weeks later); a deletion that arrives after an edit it never saw loses to the edit.
// Either way the losing side is a conflict the coordinator can restore.
import { writerFields } from '../bookkeeping';
import type { ConflictFinding } from './protocol';
import type { JsonObject } from './json';
import { isIdList, isPlainObject, sameJson } from './json';

/** A conflict inside one record; the caller adds kind and id (protocol.ts). */
export type Finding = Omit<ConflictFinding, 'kind' | 'recordId'>;

export type MergeResult = {
  record: JsonObject;
  conflicts: Finding[];
  /** Whether the record differs from `ours` (fields or deletion): only then is a new revision written. */
  changed: boolean;
};

/** Fields the writer sets (the bookkeeping without the deletion flag); they take no part in the merge (M12). */
const metaFields: ReadonlySet<string> = new Set(writerFields);

function finding(path: string[], reason: Finding['reason'], kept: unknown, lost: unknown): Finding {
  const found: Finding = { path, reason };
  if (kept !== undefined) found.kept = kept;
  if (lost !== undefined) found.lost = lost;
  return found;
}

/** The record's own content: everything but the writer's fields and the deletion flag. */
export function contentOf(record: JsonObject | undefined): JsonObject {
  const content: JsonObject = {};
  if (!record) return content;
  for (const key in record) if (!metaFields.has(key) && key !== 'deleted' && record[key] !== undefined) content[key] = record[key];
  return content;
}

function mergeValue(path: string[], base: unknown, ours: unknown, theirs: unknown, out: Finding[]): unknown {
  if (sameJson(ours, theirs)) return ours;
  if (sameJson(base, ours)) return theirs; // M1: only theirs changed
  if (sameJson(base, theirs)) return ours; // M1: only ours changed
  if (isPlainObject(ours) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    return mergeObject(path, base ?? {}, ours, theirs, out); // M3
  }
  if (isIdList(ours) && isIdList(theirs) && (base === undefined || isIdList(base))) {
    return mergeList(path, base ?? [], ours, theirs, out); // M4
  }
  out.push(finding(path, 'both_changed', ours, theirs)); // M2, M7
  return ours;
}

function mergeObject(path: string[], base: JsonObject, ours: JsonObject, theirs: JsonObject, out: Finding[]): JsonObject {
  const merged: JsonObject = {};
  const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((key) => !(key in ours))];
  for (const key of keys) {
    const value = mergeValue([...path, key], base[key], ours[key], theirs[key], out);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function byId(items: JsonObject[]): Map<string, JsonObject> {
  return new Map(items.map((item) => [item.id as string, item]));
}

function sameOrder(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * M6: the order of the side that reordered the items both hold (ours when both did, or
 * neither); an item only one side holds follows the item it follows on that side.
 */
function order(base: JsonObject[], ours: JsonObject[], theirs: JsonObject[], kept: Set<string>): string[] {
  const ids = (items: JsonObject[]) => items.map((item) => item.id as string);
  const inOurs = new Set(ids(ours));
  const inTheirs = new Set(ids(theirs));
  const common = (items: JsonObject[]) => ids(items).filter((id) => kept.has(id) && inOurs.has(id) && inTheirs.has(id));
  const theirsReordered = sameOrder(common(ours), common(base)) && !sameOrder(common(theirs), common(base));
  const [primary, secondary] = theirsReordered ? [theirs, ours] : [ours, theirs];
  const placed = ids(primary).filter((id) => kept.has(id));
  const isPlaced = new Set(placed);
  let previous: string | null = null;
  for (const id of ids(secondary)) {
    if (!kept.has(id)) continue;
    if (!isPlaced.has(id)) {
      placed.splice(previous === null ? 0 : placed.indexOf(previous) + 1, 0, id);
      isPlaced.add(id);
    }
    previous = id;
  }
  return placed;
}

function mergeList(path: string[], base: JsonObject[], ours: JsonObject[], theirs: JsonObject[], out: Finding[]): JsonObject[] {
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const merged = new Map<string, JsonObject>();
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const [was, mine, other] = [b.get(id), o.get(id), t.get(id)];
    const at = [...path, id];
    if (mine && other) merged.set(id, mergeValue(at, was, mine, other, out) as JsonObject);
    else if (mine) {
      // Theirs removed an item ours edited meanwhile: the item stays (M5).
      if (!was) merged.set(id, mine);
      else if (!sameJson(was, mine)) {
        merged.set(id, mine);
        out.push(finding(at, 'edit_vs_delete', mine, undefined));
      }
    } else if (other) {
      // Ours removed an item theirs edited meanwhile: the item comes back (M5).
      if (!was) merged.set(id, other);
      else if (!sameJson(was, other)) {
        merged.set(id, other);
        out.push(finding(at, 'edit_vs_delete', other, undefined));
      }
    }
  }
  return order(base, ours, theirs, new Set(merged.keys())).map((id) => merged.get(id)!);
}

function withMeta(from: JsonObject, content: JsonObject, deleted: boolean): JsonObject {
  const record: JsonObject = {};
  for (const key of metaFields) if (from[key] !== undefined) record[key] = from[key];
  return { ...record, ...content, deleted };
}

/**
 * Merges `theirs` into `ours` against `base` (undefined: no common version, so every field
 * the two hold differently is a conflict that `ours` wins, M11). `ours` undefined: the record
 * is new where `ours` would be, and `theirs` is taken whole.
 */
export function mergeRecord(base: JsonObject | undefined, ours: JsonObject | undefined, theirs: JsonObject): MergeResult {
  if (!ours) return { record: theirs, conflicts: [], changed: true };
  const conflicts: Finding[] = [];
  const [b, o, t] = [contentOf(base), contentOf(ours), contentOf(theirs)];
  const content = mergeObject([], b, o, t, conflicts);

  const [wasDeleted, oursDeleted, theirsDeleted] = [base?.deleted === true, ours.deleted === true, theirs.deleted === true];
  let deleted = oursDeleted;
  if (oursDeleted !== theirsDeleted) {
    // One side changed the deletion flag (M8); the other may have edited meanwhile (M9).
    if (theirsDeleted !== wasDeleted) {
      // Theirs deleted (or undeleted) it. An undeletion was made by someone who saw the
      // deletion and wins; a deletion that did not see ours' edit loses to it.
      const editedByOurs = !sameJson(b, o) || !base;
      deleted = theirsDeleted && !editedByOurs;
      if (theirsDeleted && editedByOurs) conflicts.push(finding(['deleted'], 'edit_vs_delete', false, true));
    } else if (oursDeleted && (!sameJson(b, t) || !base)) {
      // Ours deleted it, and theirs was edited from a version before the deletion: the
      // deletion stands, the edit is merged into the tombstone, and bringing the record back
      // is the conflict, so restoring it returns the record with the edit.
      conflicts.push(finding(['deleted'], 'edit_vs_delete', true, false));
    }
  }
  const record = withMeta(ours, content, deleted);
  return { record, conflicts, changed: deleted !== oursDeleted || !sameJson(content, o) };
}

/**
 * M14: a merged record the schema or a core rule refuses is not stored: `ours` stays, and each
 * field `theirs` changed becomes a conflict naming the problems. A new record (no `ours`) is
 * kept as a tombstone holding the device's content, with the whole record in the conflict, so
 * every device drops it and the coordinator can restore it once the problem is gone.
 */
export function rejectChange(base: JsonObject | undefined, ours: JsonObject | undefined, theirs: JsonObject, problems: Finding['problems']): MergeResult {
  const rejected = (path: string[], kept: unknown, lost: unknown): Finding => ({ ...finding(path, 'rejected', kept, lost), ...(problems ? { problems } : {}) });
  if (!ours) return { record: { ...theirs, deleted: true }, conflicts: [rejected([], undefined, theirs)], changed: true };
  const [b, o, t] = [contentOf(base), contentOf(ours), contentOf(theirs)];
  const conflicts: Finding[] = [];
  for (const key of new Set([...Object.keys(t), ...Object.keys(b)])) {
    if (!sameJson(b[key], t[key]) && !sameJson(o[key], t[key])) conflicts.push(rejected([key], o[key], t[key]));
  }
  const theirsDeleted = theirs.deleted === true;
  if (theirsDeleted !== (base?.deleted === true) && theirsDeleted !== (ours.deleted === true)) conflicts.push(rejected(['deleted'], ours.deleted === true, theirsDeleted));
  return { record: ours, conflicts, changed: false };
}
