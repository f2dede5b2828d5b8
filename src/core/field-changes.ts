// What an edit changes, three-way: the record as the form opened it (base), as it is stored
// now, and the values the form hands back. Forms hand back every field they show, so only a
// field that differs from the base is the person's change; a field someone else changed since
// the base keeps their value unless this edit changed it too, and then the edit is refused as
// stale, naming the field, so the person sees the other value instead of overwriting it.
import { isBookkeeping } from './bookkeeping';
import { sameJson as sameValue } from './merge/json';

type Fields = Record<string, unknown>;

export type FieldChanges = {
  /** The fields to write: changed by this edit and not already so in the stored record. */
  changes: Fields;
  /** Fields this edit and another one since the base both changed, to different values. */
  conflicts: string[];
};

export function fieldChanges(stored: object, edit: object, base: object = stored): FieldChanges {
  const [now, was] = [stored as Fields, base as Fields];
  const changes: Fields = {};
  const conflicts: string[] = [];
  for (const [field, value] of Object.entries(edit as Fields)) {
    if (isBookkeeping(field) || sameValue(value, was[field]) || sameValue(value, now[field])) continue;
    if (sameValue(now[field], was[field])) changes[field] = value;
    else conflicts.push(field);
  }
  return { changes, conflicts };
}
