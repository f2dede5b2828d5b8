// The bookkeeping every stored record carries beside its content: its id, who stored which
// revision when, and whether it is deleted. Whoever stores a revision sets these (the app's
// repository, the server), never an edit, a form or a role: the field-by-field comparisons of
// an edit (field-changes.ts), of a role's grant (rulebook/role-asks.ts) and of the merge leave
// them out. Written down once here; records.ts types drafts without them.
// madeBy: the person who made a change, where someone else's account sent it (a change file read
// by another account, a change left on a tablet by the person logged in before); updatedBy stays
// the sending account, whose role the server judged the change by.
export const bookkeepingFields = ['id', 'createdAt', 'updatedAt', 'updatedBy', 'madeBy', 'revision', 'deleted'] as const;
export type BookkeepingField = (typeof bookkeepingFields)[number];

const bookkeeping: ReadonlySet<string> = new Set(bookkeepingFields);

export function isBookkeeping(field: string): field is BookkeepingField {
  return bookkeeping.has(field);
}

/**
 * The writer's stamp: the bookkeeping without the deletion flag. The merge leaves the stamp out
 * (SPEC M12: who wrote when decides nothing) but weighs a deletion like any change (M8–M10), so
 * `deleted` is not among these.
 */
export const writerFields: readonly Exclude<BookkeepingField, 'deleted'>[] = bookkeepingFields.filter(
  (field): field is Exclude<BookkeepingField, 'deleted'> => field !== 'deleted',
);
